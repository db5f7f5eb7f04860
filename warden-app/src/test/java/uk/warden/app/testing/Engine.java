package uk.warden.app.testing;

/** The two database engines Warden supports; every store test runs on both. */
public enum Engine {
  H2("H2"),
  POSTGRESQL("PostgreSQL");

  private final String label;

  Engine(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
