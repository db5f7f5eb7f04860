package uk.warden.inspect.scan;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.detect.EntityType;

/**
 * A column's type from header and values together: the detected type that covers at least half of
 * its values wins; otherwise the header decides when the values bear it out (names under a name
 * header, short codes under a number header), or alone for what no detector can see (unit,
 * location, vetting, photo).
 */
record ColumnType(String type, long count, String example) {

  /**
   * Types that single a person out; joined with rank, unit, location, vetting or photo: high risk.
   */
  static final Set<String> IDENTITY =
      Set.of(
          "PERSON_NAME",
          "EMAIL",
          "PAY_NUMBER",
          "COLLAR_NUMBER",
          "UK_NINO",
          "UK_PASSPORT",
          "UK_DRIVING_LICENCE",
          "UK_NHS_NUMBER",
          "UK_PHONE");

  /** What turns identity into a high-risk combination (DOMAIN.md §4.3). */
  static final Set<String> RISKY = Set.of("POLICE_RANK", "UNIT", "LOCATION", "VETTING", "PHOTO");

  private static final EntityType[] TYPES = EntityType.values();

  static @Nullable ColumnType of(ColumnProfile column) {
    if (column.values == 0) {
      return null;
    }
    EntityType best = null;
    long bestCount = 0;
    // In type order, so that of equal counts the first type wins.
    for (EntityType type : TYPES) {
      if (column.byType[type.ordinal()] > bestCount) {
        best = type;
        bestCount = column.byType[type.ordinal()];
      }
    }
    long half = (column.values + 1) / 2;
    if (best != null && bestCount >= half) {
      return new ColumnType(best.name(), bestCount, column.examples.getOrDefault(best.name(), ""));
    }
    HeaderRole role = column.role;
    if (role == null) {
      return null;
    }
    String example = column.examples.getOrDefault(role.name(), "");
    switch (role) {
      case SURNAME, FORENAMES, FULL_NAME:
        return column.nameShaped >= half
            ? new ColumnType("PERSON_NAME", column.nameShaped, example)
            : null;
      case PAY_NUMBER, COLLAR_NUMBER:
        return column.codeShaped >= half
            ? new ColumnType(role.name(), column.codeShaped, example)
            : null;
      case RANK:
        return new ColumnType("POLICE_RANK", column.values, example);
      default:
        return new ColumnType(role.name(), column.values, example);
    }
  }

  boolean identity() {
    return IDENTITY.contains(type);
  }

  boolean risky() {
    return RISKY.contains(type);
  }
}
