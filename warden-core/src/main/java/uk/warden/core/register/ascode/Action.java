package uk.warden.core.register.ascode;

/** What applying a plan does to one entity, with the sign a plan shows for it. */
public enum Action {
  ADD('+'),
  CHANGE('~'),
  REMOVE('-');

  private final char symbol;

  Action(char symbol) {
    this.symbol = symbol;
  }

  public char symbol() {
    return symbol;
  }
}
