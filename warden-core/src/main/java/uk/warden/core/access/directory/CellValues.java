package uk.warden.core.access.directory;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import uk.warden.core.access.AccessType;
import uk.warden.core.access.PrincipalKind;
import uk.warden.core.access.ingest.LineError;
import uk.warden.core.access.ingest.Timestamps;

/**
 * The values of directory cells: kinds, access types, yes/no, lists, dates and times. Each parser
 * throws {@link LineError} with a reason that quotes the value only when it is made of characters a
 * date or code is made of, since a shifted column can put a person's name in any cell.
 */
final class CellValues {

  private static final Pattern NOT_SIGNIFICANT = Pattern.compile("[\\s._-]");
  private static final Pattern LIST_SEPARATOR = Pattern.compile("[;|]");
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern DATE_LIKE = Pattern.compile("[\\dTZtz:+., -]{1,40}");

  private static final Map<String, PrincipalKind> KINDS =
      Map.of(
          "USER", PrincipalKind.USER,
          "GROUP", PrincipalKind.GROUP,
          "SERVICEACCOUNT", PrincipalKind.SERVICE_ACCOUNT,
          "SERVICE", PrincipalKind.SERVICE_ACCOUNT,
          "SUPPLIERSTAFF", PrincipalKind.SUPPLIER_STAFF,
          "SUPPLIER", PrincipalKind.SUPPLIER_STAFF);

  private static final Map<String, AccessType> ACCESS =
      Map.of(
          "READ", AccessType.READ,
          "EXPORT", AccessType.EXPORT,
          "ADMINISTER", AccessType.ADMINISTER,
          "ADMIN", AccessType.ADMINISTER);

  private static final Map<String, Boolean> YES_NO =
      Map.of(
          "TRUE", true, "YES", true, "Y", true, "1", true, "FALSE", false, "NO", false, "N", false,
          "0", false);

  private CellValues() {}

  static PrincipalKind kind(String text) {
    PrincipalKind kind = KINDS.get(key(text));
    if (kind == null) {
      throw new LineError("is not one of user, group, service_account, supplier_staff");
    }
    return kind;
  }

  static AccessType access(String text) {
    AccessType type = ACCESS.get(key(text));
    if (type == null) {
      throw new LineError("is not one of read, export, administer");
    }
    return type;
  }

  static boolean yesNo(String text) {
    Boolean value = YES_NO.get(key(text));
    if (value == null) {
      throw new LineError("is not true or false");
    }
    return value;
  }

  /** The items of a list cell, separated by {@code ;} or {@code |}, blanks and repeats dropped. */
  static List<String> items(String text) {
    return List.copyOf(
        new LinkedHashSet<>(
            LIST_SEPARATOR
                .splitAsStream(text)
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList()));
  }

  /** An ISO date, {@code 2024-01-31}. */
  static LocalDate date(String text) {
    var iso = ISO_DATE.matcher(text);
    if (iso.matches()) {
      try {
        return LocalDate.of(
            Integer.parseInt(iso.group(1)),
            Integer.parseInt(iso.group(2)),
            Integer.parseInt(iso.group(3)));
      } catch (DateTimeException e) {
        // Falls through to the refusal: 2025-13-01 has the shape but not a month.
      }
    }
    throw new LineError(quoted(text) + " is not a date: write 2024-01-31");
  }

  /**
   * An ISO date or time as access logs write them ({@link Timestamps}). A date alone means the
   * start of that day in the force's zone, as an export that keeps only dates means the day as a
   * whole.
   */
  static Instant instant(String text, Timestamps times) {
    if (ISO_DATE.matcher(text).matches()) {
      return times.startOf(date(text));
    }
    Instant at = times.parse(text);
    if (at == null) {
      throw new LineError(
          quoted(text)
              + " is not a date or a time: write 2025-03-31, 2025-03-31T14:05:00 or"
              + " 2025-03-31T14:05:00Z");
    }
    return at;
  }

  static String quoted(String text) {
    return DATE_LIKE.matcher(text).matches() ? "\"" + text + "\"" : "the value";
  }

  private static String key(String text) {
    return NOT_SIGNIFICANT.matcher(text).replaceAll("").toUpperCase(Locale.ROOT);
  }
}
