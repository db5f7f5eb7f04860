package uk.warden.core.register;

/** The legal class of a data category: ordinary, special category (Art 9), or criminal (Art 10). */
public enum LegalClass {
  ORDINARY,
  SPECIAL_CATEGORY,
  CRIMINAL_OFFENCE
}
