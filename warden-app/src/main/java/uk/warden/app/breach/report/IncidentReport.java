package uk.warden.app.breach.report;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import uk.warden.core.breach.Impact;
import uk.warden.core.breach.Incident;
import uk.warden.core.breach.RegulatorReport;
import uk.warden.core.register.DataTaxonomy;

/**
 * Everything the incident report PDF shows, gathered by the caller: the incident, its assessed
 * impact and the ICO draft, plus the words around them. Holds no person's details, only the counts
 * and categories inside the impact, so the report it makes can be emailed round for review.
 *
 * @param dpoContact how to reach the DPO or other contact point, as the ICO form asks (s.67(4)(b))
 * @param generatedAt when the report was made; the impact carries when it was assessed
 * @param partyNames display names of parties by code; a party without one shows as its code
 * @param taxonomy names for the data category keys
 */
public record IncidentReport(
    String forceName,
    String dpoContact,
    Instant generatedAt,
    Incident incident,
    Impact impact,
    RegulatorReport regulatorReport,
    Map<String, String> partyNames,
    DataTaxonomy taxonomy) {

  public IncidentReport {
    Objects.requireNonNull(forceName, "forceName");
    Objects.requireNonNull(dpoContact, "dpoContact");
    Objects.requireNonNull(generatedAt, "generatedAt");
    Objects.requireNonNull(incident, "incident");
    Objects.requireNonNull(impact, "impact");
    Objects.requireNonNull(regulatorReport, "regulatorReport");
    partyNames = Map.copyOf(partyNames);
    Objects.requireNonNull(taxonomy, "taxonomy");
    // A report mixing two incidents would send the ICO the wrong numbers; ids are not personal.
    if (!impact.incidentId().equals(incident.id())
        || !regulatorReport.incidentId().equals(incident.id())) {
      throw new IllegalArgumentException(
          "incident report for " + incident.id() + " was given another incident's impact or draft");
    }
  }

  /** With the ICO draft made from the incident and impact, over the standard taxonomy. */
  public static IncidentReport of(
      String forceName,
      String dpoContact,
      Instant generatedAt,
      Incident incident,
      Impact impact,
      Map<String, String> partyNames) {
    return new IncidentReport(
        forceName,
        dpoContact,
        generatedAt,
        incident,
        impact,
        RegulatorReport.draft(incident, impact),
        partyNames,
        DataTaxonomy.standard());
  }

  String partyName(String code) {
    String name = partyNames.get(code);
    return name == null || name.isBlank() ? code : name;
  }

  /** Free texts are left out: a delay reason or contact may name people. */
  @Override
  public String toString() {
    return "IncidentReport[incident=" + incident.id() + ", generatedAt=" + generatedAt + "]";
  }
}
