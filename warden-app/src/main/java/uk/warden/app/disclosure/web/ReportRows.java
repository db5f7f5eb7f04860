package uk.warden.app.disclosure.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.warden.app.disclosure.FindingMeanings;
import uk.warden.inspect.content.Location;
import uk.warden.inspect.report.ColumnReport;
import uk.warden.inspect.report.FileReport;
import uk.warden.inspect.report.Finding;
import uk.warden.inspect.report.Severity;
import uk.warden.inspect.report.Verdict;

/** A report's findings and columns as the page's tables show them, each code with its meaning. */
record ReportRows(List<FindingRow> findings, List<ColumnRow> columns) {

  record FindingRow(
      String code,
      String meaning,
      String where,
      long count,
      String detail,
      Severity severity,
      Verdict verdict) {}

  record ColumnRow(
      String where,
      String header,
      String type,
      String meaning,
      long count,
      String example,
      @Nullable String hiddenBy) {}

  static ReportRows of(FileReport report) {
    return new ReportRows(
        report.findings().stream().map(ReportRows::finding).toList(),
        report.columns().stream().map(ReportRows::column).toList());
  }

  private static FindingRow finding(Finding f) {
    return new FindingRow(
        f.code(),
        FindingMeanings.of(f.code()),
        where(f.location()),
        f.count(),
        f.detail(),
        f.severity(),
        f.verdict());
  }

  private static ColumnRow column(ColumnReport c) {
    return new ColumnRow(
        where(c.location()),
        c.header(),
        c.type(),
        FindingMeanings.of(c.type()),
        c.count(),
        c.example(),
        c.hiddenBy());
  }

  /**
   * The part and range, after the chain of containers when the finding is inside an attachment
   * ({@code staff.xlsx: Sheet2 A1:D9}); the uploaded file's own name is the page's heading.
   */
  static String where(Location location) {
    StringBuilder where = new StringBuilder();
    if (location.part() != null) {
      where.append(location.part());
    }
    if (location.range() != null) {
      where.append(where.isEmpty() ? "" : " ").append(location.range());
    }
    String file = location.file();
    int nested = file.indexOf(" > ");
    if (nested >= 0) {
      where.insert(0, file.substring(nested + 3) + (where.isEmpty() ? "" : ": "));
    }
    return where.isEmpty() ? "the whole file" : where.toString();
  }
}
