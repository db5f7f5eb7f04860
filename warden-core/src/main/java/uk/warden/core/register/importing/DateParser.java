package uk.warden.core.register.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates as HR systems write them: ISO ({@code 2024-03-31}) or UK day-first ({@code
 * 31/03/2024}). A midnight time some database exports append is tolerated. Month-first US dates are
 * not guessed at: {@code 03/31/2024} is refused rather than silently read as something else.
 */
final class DateParser {

  private static final String TIME = "(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?";
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})" + TIME);
  private static final Pattern UK = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})" + TIME);

  private static final Pattern DATE_LIKE = Pattern.compile("[\\d/:.T -]{1,30}");

  private DateParser() {}

  static LocalDate parse(String text) {
    Matcher iso = ISO.matcher(text);
    if (iso.matches()) {
      return date(text, iso.group(1), iso.group(2), iso.group(3));
    }
    Matcher uk = UK.matcher(text);
    if (uk.matches()) {
      return date(text, uk.group(3), uk.group(2), uk.group(1));
    }
    throw new BadValueException(
        quoted(text) + "is not a date: write 2024-03-31 or 31/03/2024 (day first)");
  }

  private static LocalDate date(String text, String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException e) {
      throw new BadValueException(quoted(text) + "is not a real date (day first: 31/03/2024)");
    }
  }

  /**
   * Quotes the text only when it is made of date characters: a shifted column can put a name in a
   * date column, and problems must never repeat names.
   */
  private static String quoted(String text) {
    return DATE_LIKE.matcher(text).matches() ? "'" + text + "' " : "the value ";
  }
}
