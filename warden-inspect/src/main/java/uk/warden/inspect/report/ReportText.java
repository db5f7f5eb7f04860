package uk.warden.inspect.report;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/** The readable text form of reports, for the command line and for e-mails to an FOI officer. */
public final class ReportText {

  private ReportText() {}

  public static void print(FileReport report, PrintWriter out) {
    out.printf(
        "%s: %s (%s, %,d bytes)%n",
        report.verdict(), report.file(), report.format().description(), report.bytes());
    if (report.findings().isEmpty()) {
      out.println("  nothing found");
    }
    for (Finding finding : report.findings()) {
      out.printf(
          "  %-6s %-22s %-7s %s%n         %s%n",
          finding.verdict(),
          finding.code(),
          finding.severity().name().toLowerCase(Locale.ROOT),
          where(finding),
          finding.count() > 1
              ? String.format("%,d: %s", finding.count(), finding.detail())
              : finding.detail());
    }
    if (!report.columns().isEmpty()) {
      out.println("  Columns:");
      for (ColumnReport column : report.columns()) {
        out.printf(
            "    %-28s %-30s %-16s %,8d  e.g. %s%s%n",
            column.location().part() + " " + column.location().range(),
            column.header().isEmpty() ? "(no header)" : column.header(),
            column.type(),
            column.count(),
            column.example(),
            column.hiddenBy() == null ? "" : "  [" + column.hiddenBy() + "]");
      }
    }
    if (report.people() > 0) {
      out.printf("  People: at least %,d %s%n", report.people(), kinds(report.distinctValues()));
    }
  }

  public static void print(InspectionSummary summary, PrintWriter out) {
    for (FileReport report : summary.files()) {
      print(report, out);
      out.println();
    }
    for (Unreadable unreadable : summary.unreadable()) {
      out.printf("UNREADABLE: %s: %s%n%n", unreadable.file(), unreadable.reason());
    }
    long pass = summary.files().stream().filter(f -> f.verdict() == Verdict.PASS).count();
    long review = summary.files().stream().filter(f -> f.verdict() == Verdict.REVIEW).count();
    long block = summary.files().stream().filter(f -> f.verdict() == Verdict.BLOCK).count();
    out.printf(
        "%s: %,d files: %,d pass, %,d review, %,d block, %,d unreadable%n",
        summary.verdict(),
        summary.files().size() + summary.unreadable().size(),
        pass,
        review,
        block,
        summary.unreadable().size());
    if (summary.people() > 0) {
      out.printf(
          "People across all files, each counted once: at least %,d %s%n",
          summary.people(), kinds(summary.distinctValues()));
    }
  }

  private static String where(Finding finding) {
    StringBuilder where = new StringBuilder();
    if (finding.location().part() != null) {
      where.append(finding.location().part());
    }
    if (finding.location().range() != null) {
      where.append(where.length() > 0 ? " " : "").append(finding.location().range());
    }
    String file = finding.location().file();
    if (file.contains(" > ")) {
      where.insert(0, file.substring(file.indexOf(" > ") + 3) + (where.length() > 0 ? ": " : ""));
    }
    return where.toString();
  }

  private static String kinds(Map<String, Long> distinct) {
    StringBuilder text = new StringBuilder("(distinct values:");
    distinct.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .forEach(e -> text.append(String.format(" %s %,d", e.getKey(), e.getValue())));
    return text.append(')').toString();
  }
}
