package uk.warden.core.register.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uk.warden.core.register.ClearanceStatus;
import uk.warden.core.register.EmploymentStatus;
import uk.warden.core.register.PersonKind;
import uk.warden.core.register.SensitivityFlag;

/**
 * The words HR extracts use for Warden's enumerations. Each is matched ignoring case, spaces, dots,
 * underscores and hyphens, so "Police Staff", "police_staff" and "STAFF" all read the same. These
 * words are never personal data, so they may be quoted back in problems.
 */
final class Vocabulary {

  private static final Map<String, PersonKind> KINDS =
      Map.ofEntries(
          Map.entry("OFFICER", PersonKind.OFFICER),
          Map.entry("POLICEOFFICER", PersonKind.OFFICER),
          Map.entry("SPECIAL", PersonKind.SPECIAL),
          Map.entry("SPECIALCONSTABLE", PersonKind.SPECIAL),
          Map.entry("PCSO", PersonKind.PCSO),
          Map.entry("POLICECOMMUNITYSUPPORTOFFICER", PersonKind.PCSO),
          Map.entry("STAFF", PersonKind.STAFF),
          Map.entry("POLICESTAFF", PersonKind.STAFF),
          Map.entry("CONTRACTOR", PersonKind.CONTRACTOR),
          Map.entry("VOLUNTEER", PersonKind.VOLUNTEER));

  private static final Map<String, EmploymentStatus> STATUSES =
      Map.of(
          "SERVING", EmploymentStatus.SERVING,
          "SUSPENDED", EmploymentStatus.SUSPENDED,
          "LEFT", EmploymentStatus.LEFT,
          "LEAVER", EmploymentStatus.LEFT);

  private static final Map<String, Boolean> YES_NO =
      Map.of(
          "TRUE", true, "YES", true, "Y", true, "1", true, "FALSE", false, "NO", false, "N", false,
          "0", false);

  private static final Pattern NOT_SIGNIFICANT = Pattern.compile("[\\s._-]");
  private static final Pattern LIST_SEPARATOR = Pattern.compile("[;|,]");

  private Vocabulary() {}

  static PersonKind kind(String text) {
    PersonKind kind = KINDS.get(key(text));
    if (kind == null) {
      throw new BadValueException("unknown kind '" + text + "': use " + names(PersonKind.values()));
    }
    return kind;
  }

  static EmploymentStatus status(String text) {
    EmploymentStatus status = STATUSES.get(key(text));
    if (status == null) {
      throw new BadValueException("unknown status '" + text + "': use SERVING, SUSPENDED or LEFT");
    }
    return status;
  }

  static SensitivityFlag flag(String text) {
    return byName(SensitivityFlag.values(), text, "flag");
  }

  static ClearanceStatus clearanceStatus(String text) {
    return byName(ClearanceStatus.values(), text, "clearance status");
  }

  static boolean yesNo(String text) {
    Boolean value = YES_NO.get(key(text));
    if (value == null) {
      throw new BadValueException("'" + text + "' is not yes or no: use Y or N");
    }
    return value;
  }

  private static <E extends Enum<E>> E byName(E[] values, String text, String what) {
    String key = key(text);
    for (E value : values) {
      if (key(value.name()).equals(key)) {
        return value;
      }
    }
    throw new BadValueException("unknown " + what + " '" + text + "': use " + names(values));
  }

  private static String names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
  }

  /**
   * The items of a list cell. Semicolons and bars both separate, so a list survives inside a
   * semicolon-delimited CSV; commas too, as no item contains one.
   */
  static List<String> items(String text) {
    return LIST_SEPARATOR.splitAsStream(text).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private static String key(String text) {
    return NOT_SIGNIFICANT.matcher(text).replaceAll("").toUpperCase(Locale.ROOT);
  }
}
