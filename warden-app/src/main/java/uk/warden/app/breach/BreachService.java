package uk.warden.app.breach;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import uk.warden.app.breach.report.IncidentReport;
import uk.warden.app.breach.report.IncidentReportPdf;
import uk.warden.app.breach.report.NotificationList;
import uk.warden.app.breach.store.IncidentStore;
import uk.warden.app.custody.CustodyIndex;
import uk.warden.app.platform.ForceSettings;
import uk.warden.app.platform.NotFoundException;
import uk.warden.app.register.store.PartyStore;
import uk.warden.app.register.store.PersonStore;
import uk.warden.core.breach.ExposureWindow;
import uk.warden.core.breach.Impact;
import uk.warden.core.breach.ImpactEngine;
import uk.warden.core.breach.Incident;
import uk.warden.core.breach.RegulatorReport;
import uk.warden.core.breach.RiskMatrix;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;
import uk.warden.core.register.DataTaxonomy;

/**
 * Breach scoping: declare and amend incidents, and assess any of them (or an ad-hoc "what if this
 * party was breached" question) against the custody ledger as it stands, with the regulator report
 * drafted from the result. Assessments are computed afresh each time, never stored: the ledger and
 * the facts of the incident both change as an investigation goes on.
 */
@Service
public class BreachService {

  private final IncidentStore incidents;
  private final IncidentValidator validator;
  private final PartyNames partyNames;
  private final PartyStore parties;
  private final PersonStore people;
  private final CustodyIndex custody;
  private final AttributesIndex attributes;
  private final RiskMatrix matrix;
  private final ForceSettings force;
  private final Clock clock;

  BreachService(
      IncidentStore incidents,
      IncidentValidator validator,
      PartyNames partyNames,
      PartyStore parties,
      PersonStore people,
      CustodyIndex custody,
      AttributesIndex attributes,
      ForceSettings force,
      Clock clock,
      @Value("${warden.breach.risk-matrix:}") String riskMatrixFile) {
    this.incidents = incidents;
    this.validator = validator;
    this.partyNames = partyNames;
    this.parties = parties;
    this.people = people;
    this.custody = custody;
    this.attributes = attributes;
    this.force = force;
    this.clock = clock;
    this.matrix = riskMatrix(riskMatrixFile);
  }

  /** The built-in matrix, or the force's own from {@code warden.breach.risk-matrix}. */
  private static RiskMatrix riskMatrix(String file) {
    if (file == null || file.isBlank()) {
      return RiskMatrix.standard();
    }
    Path path = Path.of(file);
    try {
      return RiskMatrix.fromYaml(
          Files.readString(path, StandardCharsets.UTF_8),
          path.getFileName().toString(),
          DataTaxonomy.standard());
    } catch (IOException e) {
      throw new BadInputException(
          InputProblem.file(path.getFileName().toString(), "cannot read the risk matrix"));
    }
  }

  public DeclaredIncident declare(IncidentRequest request, String declaredBy) {
    String id = request.id() == null || request.id().isBlank() ? nextId() : request.id().strip();
    if (incidents.exists(id)) {
      throw new BadInputException(
          InputProblem.field(IncidentValidator.SOURCE, "id", "incident " + id + " exists"));
    }
    Incident incident = validator.incident(id, request);
    incidents.insert(incident, clock.instant(), declaredBy);
    return incident(id);
  }

  /** Records an incident built elsewhere (the demo's scenario), checked like any other. */
  public DeclaredIncident declare(Incident incident, String declaredBy) {
    return declare(
        new IncidentRequest(
            incident.id(),
            incident.title(),
            incident.type(),
            List.copyOf(incident.parties()),
            List.copyOf(incident.systems()),
            List.copyOf(incident.categories()),
            incident.window().from(),
            incident.window().to(),
            incident.discoveredAt(),
            incident.awareAt(),
            incident.icoNotifiedAt(),
            incident.reasonForDelay(),
            null,
            null,
            null),
        declaredBy);
  }

  /** Replaces the incident's facts as they become known (the notification time, say). */
  public DeclaredIncident amend(String id, IncidentRequest request) {
    incident(id);
    incidents.update(validator.incident(id, request));
    return incident(id);
  }

  public List<DeclaredIncident> incidents() {
    return incidents.all();
  }

  public DeclaredIncident incident(String id) {
    return incidents
        .find(id)
        .orElseThrow(() -> new NotFoundException("incident", "no incident " + id));
  }

  public Assessment assess(String id) {
    return assess(incident(id).incident());
  }

  /**
   * What would be exposed if the party were breached over {@code [from, to]} (either end may be
   * unknown), as if the force became aware at {@code awareAt} (default now).
   */
  public Assessment assessParty(
      String party, @Nullable Instant from, @Nullable Instant to, @Nullable Instant awareAt) {
    PartyNames.Resolution found = partyNames.resolve(party);
    if (!found.found()) {
      throw new BadInputException(InputProblem.field("impact", "party", found.problem()));
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new BadInputException(
          InputProblem.field("impact", "to", "the window ends before it starts"));
    }
    Instant aware = awareAt == null ? clock.instant() : awareAt;
    Incident question =
        Incident.of(
            "impact-" + found.code(),
            "If " + found.code() + " was breached",
            Set.of(found.code()),
            new ExposureWindow(from, to),
            aware,
            aware);
    return assess(question);
  }

  /** What the incident report shows, assessed now: counts and categories only. */
  public IncidentReport report(String id) {
    Assessment assessment = assess(id);
    Map<String, String> names = new TreeMap<>();
    parties.all().forEach(p -> names.put(p.code(), p.name()));
    return IncidentReport.of(
        force.name(),
        force.dpoContact(),
        clock.instant(),
        assessment.incident(),
        assessment.impact(),
        names);
  }

  /** The incident report as a PDF: counts and categories only, safe to circulate. */
  public byte[] reportPdf(String id) {
    return new IncidentReportPdf().render(report(id));
  }

  /** The people to tell, worst case, high risk first, as CSV. */
  public NotificationList.Summary writeNotificationList(String id, Writer out) throws IOException {
    return new NotificationList(DataTaxonomy.standard())
        .write(assess(id).impact(), new RegisterDirectory(people), out);
  }

  private Assessment assess(Incident incident) {
    Impact impact =
        ImpactEngine.assess(
            incident, custody.ledger(), attributes.attributes(), matrix, clock.instant());
    return new Assessment(incident, impact, RegulatorReport.draft(incident, impact));
  }

  /** INC-2026-003: the year's next number. */
  private String nextId() {
    String prefix = "INC-" + Year.now(clock.withZone(force.zone())) + "-";
    int n = 1;
    while (incidents.exists(prefix + String.format("%03d", n))) {
      n++;
    }
    return prefix + String.format("%03d", n);
  }
}
