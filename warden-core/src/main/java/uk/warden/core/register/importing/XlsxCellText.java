package uk.warden.core.register.importing;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.jspecify.annotations.Nullable;

/**
 * A cell's value as the text the rest of the import reads. Excel stores dates as day numbers told
 * apart only by their format, so a date-formatted number becomes ISO text ({@code 2024-03-31});
 * other numbers lose the {@code .0} Excel adds, so pay number 12345 stays "12345".
 */
final class XlsxCellText {

  /** Excel's built-in number formats that show a date (the others show numbers or times). */
  private static final Set<Integer> BUILT_IN_DATE_FORMATS =
      Set.of(14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58);

  /** Beyond this a number is no identifier, and writing it out in full could take gigabytes. */
  private static final int MAX_PLAIN_SCALE = 30;

  private static final Pattern NOT_DATE_PARTS = Pattern.compile("\"[^\"]*\"|\\[[^\\]]*]|\\\\.");

  private XlsxCellText() {}

  static String of(@Nullable Cell cell) {
    if (cell == null || cell.getType() == CellType.EMPTY) {
      return "";
    }
    String raw = cell.getRawValue();
    if (raw == null) {
      return "";
    }
    return switch (cell.getType()) {
      case NUMBER -> number(cell, raw, isDate(cell));
      // A formula's cached result: shown as a number, as dates computed by formulas are rare.
      case FORMULA -> number(cell, raw, false);
      case BOOLEAN -> cell.getText();
      default -> raw;
    };
  }

  private static String number(Cell cell, String raw, boolean date) {
    try {
      BigDecimal value = new BigDecimal(raw);
      if (date) {
        return cell.asDate().toLocalDate().toString();
      }
      BigDecimal plain = value.stripTrailingZeros();
      return Math.abs(plain.scale()) > MAX_PLAIN_SCALE ? raw : plain.toPlainString();
    } catch (NumberFormatException | ArithmeticException | DateTimeException e) {
      // Text cached by a formula, or a day number beyond the calendar: the raw text is the honest
      // value, and a date column then reports it as not a date.
      return raw;
    }
  }

  private static boolean isDate(Cell cell) {
    Integer id = cell.getDataFormatId();
    if (id != null && BUILT_IN_DATE_FORMATS.contains(id)) {
      return true;
    }
    String format = cell.getDataFormatString();
    if (format == null) {
      return false;
    }
    // Quoted literals, [colour]/[locale] sections and escaped characters are not date parts.
    String parts = NOT_DATE_PARTS.matcher(format).replaceAll("").toLowerCase(Locale.ROOT);
    return parts.contains("d") || parts.contains("y");
  }
}
