package uk.warden.core.register.importing;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The columns Warden understands in an HR extract, named as users write them in headers. */
enum PersonField {
  PAY_NUMBER(true),
  SURNAME(true),
  FORENAMES(false),
  KIND(false),
  RANK(false),
  GRADE(false),
  UNIT(false),
  FLAGS(false),
  CLEARANCE(false),
  CLEARANCE_GRANTED(false),
  CLEARANCE_EXPIRES(false),
  CLEARANCE_STATUS(false),
  STATUS(false),
  LEAVING_DATE(false),
  COLLAR_NUMBER(false),
  COLLAR_UNIT(false),
  COLLAR_PUBLIC(false),
  WARRANT_NUMBER(false),
  CARD_SERIAL(false),
  PHOTO_REF(false);

  private static final Pattern NOT_SIGNIFICANT = Pattern.compile("[\\s_-]");

  private final boolean required;

  PersonField(boolean required) {
    this.required = required;
  }

  boolean required() {
    return required;
  }

  /** The name used in documentation and mapping files: {@code pay_number}. */
  String fieldName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Finds the field a header or mapping key names, however it is cased or spaced. */
  static Optional<PersonField> named(String text) {
    String key = normalise(text);
    for (PersonField field : values()) {
      if (normalise(field.name()).equals(key)) {
        return Optional.of(field);
      }
    }
    return Optional.empty();
  }

  /**
   * Spreadsheet headers drift between "Pay Number", "pay_number" and "PAYNUMBER" from one extract
   * to the next; comparing them with case, spaces, underscores and hyphens removed keeps a
   * re-exported file importable without a mapping.
   */
  static String normalise(String text) {
    return NOT_SIGNIFICANT.matcher(text).replaceAll("").toLowerCase(Locale.ROOT);
  }
}
