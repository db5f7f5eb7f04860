package uk.warden.core.register;

/** Identifiers a force issues to its people besides the pay number. */
public enum IdentifierKind {
  COLLAR_NUMBER,
  WARRANT_NUMBER,
  CARD_SERIAL
}
