package uk.warden.app.breach.report;

import java.io.PrintWriter;
import uk.warden.app.breach.report.IncidentReportView.IcoField;
import uk.warden.app.breach.report.IncidentReportView.IcoSection;

/**
 * The ICO breach report draft as plain text, for a terminal or to paste into the ICO's form: the
 * same sections and answers as the PDF's, so the DPO never reconciles two wordings. Counts and
 * categories only, like the PDF.
 */
public final class IcoDraftText {

  private IcoDraftText() {}

  public static void write(IncidentReport report, PrintWriter out) {
    out.printf(
        "ICO personal data breach report, draft for %s: %s%n",
        report.incident().id(), report.incident().title());
    out.printf(
        "%s. Generated %s. Counts and categories only: safe to circulate for review.%n",
        report.forceName(), ReportFormat.instant(report.generatedAt()));
    for (IcoSection section : IcoDraftSections.of(report)) {
      out.println();
      out.println(section.title());
      for (IcoField field : section.fields()) {
        field(field, out);
      }
    }
    out.flush();
  }

  /** One answer on its label's line; a list under its label, a line each. */
  private static void field(IcoField field, PrintWriter out) {
    String mark = field.warning() ? "! " : "  ";
    // The form's questions keep their question mark; other labels take a colon.
    String label = field.label().endsWith("?") ? field.label() : field.label() + ":";
    if (field.lines().size() == 1) {
      out.printf("%s%s %s%n", mark, label, field.lines().get(0));
      return;
    }
    out.printf("%s%s%n", mark, label);
    field.lines().forEach(line -> out.printf("    - %s%n", line));
  }
}
