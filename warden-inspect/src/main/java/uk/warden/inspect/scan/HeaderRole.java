package uk.warden.inspect.scan;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a column header says its column holds. Headers decide what values alone cannot: a column
 * headed "Surname" of capitalised words is names, and "Unit" or "Vetting" make identity a high-risk
 * combination though no detector finds a unit name.
 */
enum HeaderRole {
  SURNAME(true, "surname", "last name", "family name", "lastname"),
  FORENAMES(true, "forename", "first name", "given name", "firstname", "christian name"),
  FULL_NAME(true, "full name", "name of officer", "officer name", "staff name", "employee name"),
  PAY_NUMBER(
      false, "pay number", "pay no", "payroll", "staff number", "staff no", "service number"),
  COLLAR_NUMBER(false, "collar", "shoulder number", "warrant number"),
  RANK(false, "rank", "grade"),
  UNIT(false, "unit", "department", "dept", "team", "division", "command", "squad", "section"),
  LOCATION(false, "location", "station", "base", "address", "office", "posted"),
  VETTING(false, "vetting", "clearance"),
  PHOTO(false, "photo", "photograph", "image", "picture");

  private final boolean namePart;
  private final List<String> words;

  HeaderRole(boolean namePart, String... words) {
    this.namePart = namePart;
    this.words = List.of(words);
  }

  /** A name part: values are names when they read like names. */
  boolean namePart() {
    return namePart;
  }

  /** The role a header names, or null; "Name" alone is a full name. */
  static @Nullable HeaderRole of(CharSequence header) {
    String h = header.toString().trim().toLowerCase(Locale.ROOT).replace('_', ' ');
    if (h.isEmpty() || h.length() > 60) {
      return null;
    }
    if (h.equals("name") || h.equals("names") || h.equals("full name")) {
      return FULL_NAME;
    }
    for (HeaderRole role : values()) {
      for (String word : role.words) {
        if (h.contains(word)) {
          return role;
        }
      }
    }
    return null;
  }
}
