package uk.warden.app.breach.report;

import java.util.ArrayList;
import java.util.List;
import uk.warden.app.breach.report.IncidentReportView.IcoField;
import uk.warden.app.breach.report.IncidentReportView.IcoSection;
import uk.warden.core.breach.IcoDataCategory;
import uk.warden.core.breach.IcoDataSubject;
import uk.warden.core.breach.Incident;
import uk.warden.core.breach.RegulatorReport;

/**
 * The ICO breach report draft laid out by the form's sections (DOMAIN.md §1.3), with the answers
 * Warden cannot know marked for the DPO, and a late report without a reason for the delay flagged:
 * the ICO expects one (UK GDPR Art 33(1), DPA 2018 s.67(3)).
 */
final class IcoDraftSections {

  static final String FOR_THE_DPO = "For the DPO to complete.";
  static final String REASON_MISSING =
      "MISSING: the report is late and no reason for the delay is recorded. The ICO expects one"
          + " with a late report (UK GDPR Art 33(1), DPA 2018 s.67(3)).";

  private IcoDraftSections() {}

  static List<IcoSection> of(IncidentReport report) {
    RegulatorReport draft = report.regulatorReport();
    Incident incident = report.incident();
    List<IcoSection> sections = new ArrayList<>();
    sections.add(
        new IcoSection(
            "Report type", List.of(field("Type of report", draft.reportType().label()))));
    sections.add(
        new IcoSection(
            "About the breach (nature)",
            List.of(
                field("What happened", draft.whatHappened()),
                field("What went wrong, and how", FOR_THE_DPO),
                field("Is this a cyber incident?", draft.cyberIncident().label()),
                field("How you found out", FOR_THE_DPO),
                field("When discovered", ReportFormat.instant(draft.discoveredAt())),
                field(
                    "When it happened",
                    "From "
                        + ReportFormat.instant(draft.occurredFrom())
                        + " to "
                        + ReportFormat.instant(draft.occurredTo())))));
    List<String> categories =
        new ArrayList<>(draft.dataCategories().stream().map(IcoDataCategory::label).toList());
    draft.otherDataCategories().forEach(other -> categories.add("Other: " + other));
    sections.add(
        new IcoSection("Data involved (categories)", List.of(lines("Categories", categories))));
    RegulatorReport.Scale scale = draft.scale();
    sections.add(
        new IcoSection(
            "Approximate numbers",
            List.of(
                field(
                    "Data subjects who could be affected",
                    range(scale.peopleAtLeast(), scale.peopleUpTo())),
                field(
                    "Personal data records concerned",
                    range(scale.recordsAtLeast(), scale.recordsUpTo())))));
    List<String> subjects =
        new ArrayList<>(draft.dataSubjects().stream().map(IcoDataSubject::label).toList());
    draft.otherDataSubjects().forEach(other -> subjects.add("Other: " + other));
    sections.add(new IcoSection("Data subjects", List.of(lines("Categories", subjects))));
    sections.add(
        new IcoSection(
            "Likely consequences",
            List.of(
                field("Potential consequences", draft.likelyConsequences()),
                field("Likelihood of significant consequences", draft.likelihood().label()))));
    sections.add(new IcoSection("Timing", timing(draft, incident)));
    sections.add(
        new IcoSection(
            "Left for the DPO",
            List.of(
                lines(
                    "Warden cannot know",
                    List.of(
                        "Containment and recovery actions",
                        "Measures in place before the breach",
                        "Actions to stop it happening again",
                        "Whether staff involved were trained in data protection, and when",
                        "Whether the people affected have been told, or why not",
                        "Other organisations told (for example NCA, NCSC, other regulators)")),
                field("Contact point (DPO)", report.dpoContact()))));
    return sections;
  }

  private static List<IcoField> timing(RegulatorReport draft, Incident incident) {
    List<IcoField> fields = new ArrayList<>();
    fields.add(field("Force became aware", ReportFormat.instant(draft.awareAt())));
    fields.add(field("72-hour deadline", ReportFormat.instant(draft.deadline())));
    fields.add(field("Late", draft.late() ? "Yes" : "No"));
    if (draft.reasonForDelayMissing()) {
      fields.add(new IcoField("Reason for delay", List.of(REASON_MISSING), true));
    } else if (draft.reasonForDelay() != null) {
      fields.add(field("Reason for delay", draft.reasonForDelay()));
    } else if (incident.decisionNotToNotify() != null) {
      // The rationale and approver stay in Warden: the approver is a person.
      fields.add(
          field(
              "Decision not to notify",
              "Recorded on "
                  + ReportFormat.instant(incident.decisionNotToNotify().decidedAt())
                  + "."));
    } else {
      fields.add(field("Reason for delay", "Not needed: not late."));
    }
    return fields;
  }

  private static String range(long atLeast, long upTo) {
    return atLeast == upTo
        ? ReportFormat.count(upTo)
        : "At least " + ReportFormat.count(atLeast) + ", up to " + ReportFormat.count(upTo);
  }

  private static IcoField field(String label, String value) {
    return new IcoField(label, List.of(value), false);
  }

  private static IcoField lines(String label, List<String> values) {
    return new IcoField(label, values.isEmpty() ? List.of("None") : List.copyOf(values), false);
  }
}
