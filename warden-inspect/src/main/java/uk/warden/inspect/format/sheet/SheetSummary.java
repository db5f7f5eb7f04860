package uk.warden.inspect.format.sheet;

import java.util.BitSet;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.content.HiddenContent;

/**
 * What later checks (defined names, charts, pivot sources) need to know about a sheet once its
 * cells have streamed: whether it is hidden, which rows and columns are hidden, where its data is.
 */
record SheetSummary(
    String name,
    @Nullable HiddenContent hiddenBy,
    BitSet hiddenRows,
    BitSet hiddenColumns,
    BitSet rowsWithContent,
    BitSet columnsWithContent,
    int @Nullable [] usedArea) {

  static SheetSummary of(String name, SheetLayout layout) {
    return new SheetSummary(
        name,
        layout.sheetHiddenBy(),
        layout.hiddenRows,
        layout.hiddenColumns,
        layout.rowsWithContent,
        layout.columnsWithContent,
        layout.hasContent() ? layout.usedArea() : null);
  }

  /** A sheet by name, ignoring case as Excel does. */
  static @Nullable SheetSummary find(Map<String, SheetSummary> sheets, String name) {
    SheetSummary exact = sheets.get(name);
    if (exact != null) {
      return exact;
    }
    for (SheetSummary summary : sheets.values()) {
      if (summary.name().equalsIgnoreCase(name)) {
        return summary;
      }
    }
    return null;
  }
}
