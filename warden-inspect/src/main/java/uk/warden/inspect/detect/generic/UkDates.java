package uk.warden.inspect.detect.generic;

import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.Year;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.detect.Chars;
import uk.warden.inspect.detect.WordSet;

/**
 * Parses the date layouts British documents use, day first: 12/03/1985, 12-03-85, 12.03.1985,
 * 1985-03-12 (ISO) and 12 March 1985 / 12th Mar 1985 / 12 Sept, 1985. Month-first (US) layouts are
 * deliberately not read: 03/12/1985 is 3 December. Hand-written because a regex alternation of
 * these layouts backtracks on every number in a document.
 */
final class UkDates {

  /** A parsed date and where its text ends; year is 4 digits or a two-digit year (0-99). */
  record Parsed(int end, int day, int month, int year, boolean twoDigitYear) {}

  private static final String[] MONTHS = {
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december"
  };
  private static final String MONTH_INITIALS = "jfmasond";
  private static final WordSet ORDINAL_SUFFIXES = WordSet.of("st", "nd", "rd", "th");

  private UkDates() {}

  /** Parses a date starting at {@code start} (a digit), or returns null. */
  static @Nullable Parsed parse(CharSequence text, int start) {
    int firstEnd = Chars.digitsEnd(text, start);
    int firstLength = firstEnd - start;
    if (firstLength == 4) {
      return iso(text, start, firstEnd);
    }
    if (firstLength < 1 || firstLength > 2 || firstEnd >= text.length()) {
      return null;
    }
    int day = number(text, start, firstEnd);
    char separator = text.charAt(firstEnd);
    if (separator == '/' || separator == '-' || separator == '.') {
      return numeric(text, firstEnd, day, separator);
    }
    return written(text, firstEnd, day);
  }

  /** Whether the date is a real calendar date. */
  static boolean isCalendarDate(int day, int month, int year) {
    return month >= 1
        && month <= 12
        && day >= 1
        && day <= Month.of(month).length(Year.isLeap(year));
  }

  /** The age in whole years on {@code today} of someone born on the date, or -1 if not a date. */
  static int ageOn(LocalDate today, int day, int month, int year) {
    if (!isCalendarDate(day, month, year)) {
      return -1;
    }
    LocalDate born = LocalDate.of(year, month, day);
    if (born.isAfter(today)) {
      return -1;
    }
    return Period.between(born, today).getYears();
  }

  private static @Nullable Parsed iso(CharSequence text, int start, int yearEnd) {
    if (!Chars.charAt(text, yearEnd, '-')) {
      return null;
    }
    int monthEnd = Chars.digitsEnd(text, yearEnd + 1);
    if (monthEnd - yearEnd - 1 != 2 || !Chars.charAt(text, monthEnd, '-')) {
      return null;
    }
    int dayEnd = Chars.digitsEnd(text, monthEnd + 1);
    if (dayEnd - monthEnd - 1 != 2) {
      return null;
    }
    return new Parsed(
        dayEnd,
        number(text, monthEnd + 1, dayEnd),
        number(text, yearEnd + 1, monthEnd),
        number(text, start, yearEnd),
        false);
  }

  private static @Nullable Parsed numeric(CharSequence text, int dayEnd, int day, char separator) {
    int monthEnd = Chars.digitsEnd(text, dayEnd + 1);
    int monthLength = monthEnd - dayEnd - 1;
    if (monthLength < 1 || monthLength > 2 || !Chars.charAt(text, monthEnd, separator)) {
      return null;
    }
    int yearEnd = Chars.digitsEnd(text, monthEnd + 1);
    int yearLength = yearEnd - monthEnd - 1;
    if (yearLength != 2 && yearLength != 4) {
      return null;
    }
    return new Parsed(
        yearEnd,
        day,
        number(text, dayEnd + 1, monthEnd),
        number(text, monthEnd + 1, yearEnd),
        yearLength == 2);
  }

  private static @Nullable Parsed written(CharSequence text, int dayEnd, int day) {
    int i = dayEnd;
    int suffixEnd = Chars.lettersEnd(text, i);
    if (suffixEnd > i && ORDINAL_SUFFIXES.contains(text, i, suffixEnd)) {
      i = suffixEnd;
    }
    if (!Chars.charAt(text, i, ' ')) {
      return null;
    }
    i++;
    if (Chars.charAt(text, i, 'o')
        && Chars.charAt(text, i + 1, 'f')
        && Chars.charAt(text, i + 2, ' ')) {
      i += 3;
    }
    if (i >= text.length() || MONTH_INITIALS.indexOf(Chars.toLower(text.charAt(i))) < 0) {
      return null;
    }
    int monthEnd = Chars.lettersEnd(text, i);
    int month = month(text, i, monthEnd);
    if (month == 0) {
      return null;
    }
    i = monthEnd;
    if (Chars.charAt(text, i, '.')) {
      i++;
    }
    if (Chars.charAt(text, i, ',')) {
      i++;
    }
    if (!Chars.charAt(text, i, ' ')) {
      return null;
    }
    int yearEnd = Chars.digitsEnd(text, i + 1);
    if (yearEnd - i - 1 != 4) {
      return null;
    }
    return new Parsed(yearEnd, day, month, number(text, i + 1, yearEnd), false);
  }

  /** 1-12 for a full month name, its first three letters or "Sept", ignoring case; else 0. */
  private static int month(CharSequence text, int start, int end) {
    int length = end - start;
    if (length < 3) {
      return 0;
    }
    for (int m = 0; m < MONTHS.length; m++) {
      String name = MONTHS[m];
      boolean lengthFits = length == 3 || length == name.length() || (m == 8 && length == 4);
      if (lengthFits && length <= name.length() && startsWith(name, text, start, end)) {
        return m + 1;
      }
    }
    return 0;
  }

  private static boolean startsWith(String name, CharSequence text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Chars.toLower(text.charAt(i)) != name.charAt(i - start)) {
        return false;
      }
    }
    return true;
  }

  private static int number(CharSequence text, int start, int end) {
    int value = 0;
    for (int i = start; i < end; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }
}
