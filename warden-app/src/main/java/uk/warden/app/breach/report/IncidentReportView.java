package uk.warden.app.breach.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import uk.warden.core.breach.Deadline;
import uk.warden.core.breach.Impact;
import uk.warden.core.breach.Incident;

/**
 * The incident report as the template shows it: every value already in words, so the template holds
 * layout only and no logic the tests cannot reach.
 */
record IncidentReportView(
    String forceName,
    String title,
    String incidentId,
    List<Field> facts,
    String clock,
    boolean clockWarning,
    String windowNote,
    List<CaseRow> cases,
    List<EvidenceRow> evidence,
    List<RuleRow> tierRules,
    List<GroupTable> tables,
    List<IcoSection> ico,
    String generatedAt) {

  /** A labelled value in a list of facts. */
  record Field(String label, String value) {}

  /** One measure of the worst case beside the best. */
  record CaseRow(String label, String worst, String best) {}

  /** One item of evidence that separates the cases, with its effect on the count. */
  record EvidenceRow(String kind, String reference, String what, String effect) {}

  /** How many people one rule of the risk matrix placed. */
  record RuleRow(String rule, String tier, String reason, String worst, String best) {}

  /** A breakdown of the exposed by one attribute; categories have no separate records count. */
  record GroupTable(String title, String note, boolean withRecords, List<GroupRow> rows) {}

  record GroupRow(
      String label,
      String worstPeople,
      String worstRecords,
      String bestPeople,
      String bestRecords) {}

  /** One section of the ICO form's draft. */
  record IcoSection(String title, List<IcoField> fields) {}

  /** A question of the form and its drafted answer; {@code warning} marks a gap to fill. */
  record IcoField(String label, List<String> lines, boolean warning) {}

  static IncidentReportView of(IncidentReport report) {
    Incident incident = report.incident();
    Impact impact = report.impact();
    CaseComparison cases = new CaseComparison(impact);
    return new IncidentReportView(
        report.forceName(),
        incident.title(),
        incident.id(),
        facts(report),
        clock(impact.deadline(), impact),
        impact.deadline().late(),
        impact.windowKnown()
            ? "Both ends of the window are known, so the worst and best cases are the same."
            : "An end of the window is unknown: the worst case assumes the widest window the custody"
                + " ledger allows, the best case the narrowest.",
        cases.rows(),
        cases.evidence(),
        cases.tierRules(),
        new GroupTables(impact, report.taxonomy()).tables(),
        IcoDraftSections.of(report),
        ReportFormat.instant(report.generatedAt()));
  }

  private static List<Field> facts(IncidentReport report) {
    Incident incident = report.incident();
    Deadline deadline = report.impact().deadline();
    List<Field> facts = new ArrayList<>();
    facts.add(new Field("Incident", incident.id()));
    facts.add(new Field("Breach type", ReportLabels.breachType(incident.type())));
    List<String> parties = new ArrayList<>();
    for (String code : incident.parties()) {
      String name = report.partyName(code);
      parties.add(name.equals(code) ? code : name + " (" + code + ")");
    }
    facts.add(new Field("Parties compromised", String.join("; ", parties)));
    if (!incident.systems().isEmpty()) {
      facts.add(new Field("Systems in scope", String.join(", ", incident.systems())));
    }
    if (!incident.categories().isEmpty()) {
      ReportLabels.CategoryNames names = new ReportLabels.CategoryNames(report.taxonomy());
      facts.add(
          new Field(
              "Categories in scope",
              String.join("; ", incident.categories().stream().map(names::of).toList())));
    }
    facts.add(new Field("Window from", ReportFormat.instant(incident.window().from())));
    facts.add(new Field("Window to", ReportFormat.instant(incident.window().to())));
    facts.add(new Field("Discovered", ReportFormat.instant(incident.discoveredAt())));
    facts.add(
        new Field("Force aware (72-hour clock starts)", ReportFormat.instant(incident.awareAt())));
    facts.add(new Field("ICO notification due", ReportFormat.instant(deadline.due())));
    facts.add(
        new Field(
            "ICO notified",
            deadline.notifiedAt() == null
                ? "not yet"
                : ReportFormat.instant(deadline.notifiedAt())));
    facts.add(new Field("Impact assessed", ReportFormat.instant(report.impact().assessedAt())));
    facts.add(new Field("Report generated", ReportFormat.instant(report.generatedAt())));
    facts.add(new Field("DPO contact", report.dpoContact()));
    return facts;
  }

  /** Time left or how late, measured when the impact was assessed, or the notice's timing. */
  static String clock(Deadline deadline, Impact impact) {
    if (deadline.notifiedAt() != null) {
      return deadline.late()
          ? "Notified to the ICO "
              + ReportFormat.duration(Duration.between(deadline.due(), deadline.notifiedAt()))
              + " after the 72-hour deadline."
          : "Notified to the ICO within the 72 hours.";
    }
    String at = " at assessment (" + ReportFormat.instant(impact.assessedAt()) + ").";
    return deadline.late()
        ? "LATE: not notified, "
            + ReportFormat.duration(deadline.timeLeft())
            + " past the deadline"
            + at
        : "Not yet notified: " + ReportFormat.duration(deadline.timeLeft()) + " left" + at;
  }
}
