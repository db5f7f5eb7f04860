package uk.warden.inspect.format.sheet;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.content.HiddenContent;

/**
 * Defined names that lead to content a reader does not see: hidden names, and names whose range
 * lies on a hidden sheet, in hidden rows or columns, or far away from the sheet's main block of
 * data (data moved into remote cells). Built-in names (print areas, the filter database) are left
 * out: Excel creates and hides them itself.
 */
final class DefinedNames {

  /** A name in the same format for every workbook format. */
  record Name(String name, @Nullable String scopeSheet, boolean hidden, String formula) {}

  /** Rows and columns past the main block of data beyond which a range counts as remote. */
  static final int REMOTE_ROWS = 100;

  static final int REMOTE_COLUMNS = 26;

  /** Gaps in the main block: rows (columns) of emptiness that still belong to it. */
  private static final int BLOCK_GAP = 50;

  private DefinedNames() {}

  static void report(Reporter reporter, List<Name> names, Map<String, SheetSummary> sheets) {
    for (Name name : names) {
      List<String> reasons = new ArrayList<>();
      String sheetName = null;
      String range = null;
      if (name.hidden()) {
        reasons.add("the name itself is hidden");
      }
      for (FormulaRefs.Ref ref : FormulaRefs.find(name.formula())) {
        if (ref.external()) {
          continue;
        }
        SheetSummary sheet = SheetSummary.find(sheets, ref.sheet());
        int[] area = A1.parseArea(ref.area());
        if (sheet == null || area == null) {
          continue;
        }
        if (sheetName == null) {
          sheetName = sheet.name();
          range = ref.area().replace("$", "");
        }
        String reason = reason(sheet, area);
        if (reason != null && !reasons.contains(reason)) {
          reasons.add(reason);
          sheetName = sheet.name();
          range = ref.area().replace("$", "");
        }
      }
      if (reasons.isEmpty()) {
        continue;
      }
      reporter.text(sheetName, range, HiddenContent.DEFINED_NAME, name.name());
      reporter.structure(
          HiddenContent.DEFINED_NAME,
          sheetName == null ? name.scopeSheet() : sheetName,
          range,
          1,
          "a defined name leads to content out of view: " + String.join("; ", reasons));
    }
  }

  private static @Nullable String reason(SheetSummary sheet, int[] area) {
    if (sheet.hiddenBy() == HiddenContent.VERY_HIDDEN_SHEET) {
      return "it refers to very hidden sheet '%s'".formatted(sheet.name());
    }
    if (sheet.hiddenBy() != null) {
      return "it refers to hidden sheet '%s'".formatted(sheet.name());
    }
    if (covers(sheet.hiddenRows(), sheet.rowsWithContent(), area[0], area[2])) {
      return "it covers hidden rows";
    }
    if (covers(sheet.hiddenColumns(), sheet.columnsWithContent(), area[1], area[3])) {
      return "it covers hidden columns";
    }
    int rowEnd = blockEnd(sheet.rowsWithContent());
    int columnEnd = blockEnd(sheet.columnsWithContent());
    boolean holdsData =
        any(sheet.rowsWithContent(), area[0], area[2])
            && any(sheet.columnsWithContent(), area[1], area[3]);
    if (holdsData
        && rowEnd >= 0
        && (area[0] > rowEnd + REMOTE_ROWS || area[1] > columnEnd + REMOTE_COLUMNS)) {
      return "it points at cells far from the sheet's main block of data";
    }
    return null;
  }

  /** Whether hidden lines holding data fall inside {@code first..last}. */
  private static boolean covers(BitSet hidden, BitSet content, int first, int last) {
    int line = hidden.nextSetBit(first);
    while (line >= 0 && line <= last) {
      if (content.get(line)) {
        return true;
      }
      line = hidden.nextSetBit(line + 1);
    }
    return false;
  }

  private static boolean any(BitSet lines, int first, int last) {
    int line = lines.nextSetBit(first);
    return line >= 0 && line <= last;
  }

  /** The last line of the first block of data, allowing gaps of {@link #BLOCK_GAP} empty lines. */
  static int blockEnd(BitSet content) {
    int line = content.nextSetBit(0);
    if (line < 0) {
      return -1;
    }
    while (true) {
      int gapEnd = content.nextClearBit(line);
      int next = content.nextSetBit(gapEnd);
      if (next < 0 || next - gapEnd > BLOCK_GAP) {
        return gapEnd - 1;
      }
      line = next;
    }
  }
}
