package uk.warden.inspect.format.sheet;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.jspecify.annotations.Nullable;

/**
 * The text handed over for a numeric cell. Raw values are kept (fast, and what a CSV export shows),
 * with two exceptions that matter for finding personal data: numbers in a date format become ISO
 * dates ({@code 1985-03-12}, or {@code 1985-03-12 09:30:00} with a time, since a serial such as
 * 31118 hides a date of birth), and numbers in a zero-padded identifier format ({@code 000 000
 * 0000}) are formatted, since the padding is part of an NHS or phone number. Not thread-safe: one
 * per read.
 */
final class CellText {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  private enum Kind {
    PLAIN,
    DATE,
    PADDED
  }

  private final boolean date1904;
  private final Map<String, Kind> kinds = new HashMap<>();
  private final Kind[] byId = new Kind[1024];

  CellText(boolean date1904) {
    this.date1904 = date1904;
  }

  /** The text of a number given its format (id and code, either may be missing). */
  String number(String raw, int formatId, @Nullable String formatCode) {
    if (formatId <= 0 && formatCode == null) {
      return trimmed(raw);
    }
    Kind kind = kind(formatId, formatCode);
    if (kind == Kind.PLAIN) {
      return trimmed(raw);
    }
    double value;
    try {
      value = Double.parseDouble(raw);
    } catch (NumberFormatException e) {
      return raw;
    }
    if (kind == Kind.DATE) {
      return date(value, raw);
    }
    return padded(value, raw, formatCode == null ? "" : formatCode);
  }

  /**
   * A format's kind, cached by id: within one workbook an id always names the same code, so the
   * per-cell cost is an array read.
   */
  private Kind kind(int formatId, @Nullable String formatCode) {
    if (formatId >= 0 && formatId < byId.length) {
      Kind known = byId[formatId];
      if (known == null) {
        known = kindOf(formatId, formatCode);
        byId[formatId] = known;
      }
      return known;
    }
    return kinds.computeIfAbsent(
        formatId + "\u0000" + formatCode, key -> kindOf(formatId, formatCode));
  }

  /**
   * Lays the digits of a whole number into a zero-padded pattern from the right, as Excel does:
   * {@code 9434765919} in {@code 000 000 0000} reads {@code 943 476 5919}, {@code 7700900123} in
   * {@code 00000000000} reads {@code 07700900123}.
   */
  static String padded(double value, String raw, String pattern) {
    if (value != Math.rint(value) || Math.abs(value) >= 1e15) {
      return trimmed(raw);
    }
    String digits = Long.toString(Math.abs((long) value));
    StringBuilder text = new StringBuilder();
    int next = digits.length() - 1;
    int firstPlaceholder = -1;
    for (int i = pattern.length() - 1; i >= 0; i--) {
      char c = pattern.charAt(i);
      if (c == '0' || c == '#') {
        if (next >= 0) {
          text.append(digits.charAt(next--));
        } else if (c == '0') {
          text.append('0');
        }
        firstPlaceholder = text.length();
      } else if (i > 0 && pattern.charAt(i - 1) == '\\') {
        text.append(c);
        i--;
      } else if (c != '\\') {
        text.append(c);
      }
    }
    if (next >= 0 && firstPlaceholder >= 0) {
      text.insert(firstPlaceholder, new StringBuilder(digits.substring(0, next + 1)).reverse());
    }
    if (value < 0) {
      text.append('-');
    }
    return text.reverse().toString().strip();
  }

  /** A serial date as ISO text; the raw serial when it is not a valid date. */
  String date(double serial, String raw) {
    if (!DateUtil.isValidExcelDate(serial)) {
      return raw;
    }
    LocalDateTime when = DateUtil.getLocalDateTime(serial, date1904, true);
    if (when == null) {
      return raw;
    }
    if (serial < 1 && serial >= 0) {
      return when.format(TIME);
    }
    return when.toLocalTime().toSecondOfDay() == 0 ? when.format(DATE) : when.format(DATE_TIME);
  }

  private static Kind kindOf(int formatId, @Nullable String code) {
    if (DateUtil.isADateFormat(formatId, code)) {
      return Kind.DATE;
    }
    if (code != null && paddedIdentifier(code)) {
      return Kind.PADDED;
    }
    return Kind.PLAIN;
  }

  /** Formats like 00000000000 or 000 000 0000: zero placeholders and separators only. */
  static boolean paddedIdentifier(String code) {
    int zeros = 0;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '0') {
        zeros++;
      } else if (c != ' ' && c != '-' && c != '#' && c != '\\') {
        return false;
      }
    }
    return zeros >= 4;
  }

  /** "42.0" as written by some generators reads "42". */
  static String trimmed(String raw) {
    return raw.endsWith(".0") && raw.length() > 2 && Character.isDigit(raw.charAt(raw.length() - 3))
        ? raw.substring(0, raw.length() - 2)
        : raw;
  }
}
