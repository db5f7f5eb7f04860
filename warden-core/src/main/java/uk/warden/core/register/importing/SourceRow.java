package uk.warden.core.register.importing;

import java.util.List;

/**
 * One row of a sheet as text, numbered as a spreadsheet user sees it (the header is row 1). Cells
 * are untrimmed and may be fewer than the header has columns.
 */
record SourceRow(int number, List<String> cells) {

  SourceRow {
    cells = List.copyOf(cells);
  }

  String cell(int index) {
    return index < cells.size() ? cells.get(index) : "";
  }

  boolean blank() {
    return cells.stream().allMatch(String::isBlank);
  }
}
