package uk.warden.inspect.format.word;

/** Why a run's text cannot be seen, most deliberate first. */
enum Hiding {
  VANISH("formatted as hidden"),
  TINY("in a font smaller than 2 points"),
  WHITE("in white on a white background");

  private final String description;

  Hiding(String description) {
    this.description = description;
  }

  String description() {
    return description;
  }
}
