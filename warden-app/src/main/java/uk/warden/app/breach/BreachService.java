package uk.warden.app.breach;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import uk.warden.app.breach.report.IncidentReport;
import uk.warden.app.breach.report.IncidentReportPdf;
import uk.warden.app.breach.report.NotificationList;
import uk.warden.app.breach.store.AttributesStore;
import uk.warden.app.breach.store.IncidentStore;
import uk.warden.app.crypto.Keyring;
import uk.warden.app.custody.CustodyIndex;
import uk.warden.app.custody.store.DeletionStore;
import uk.warden.app.custody.store.TransferStore;
import uk.warden.app.platform.ForceSettings;
import uk.warden.app.platform.LeanStore;
import uk.warden.app.platform.NotFoundException;
import uk.warden.app.platform.StoreVersions;
import uk.warden.app.register.store.AgreementStore;
import uk.warden.app.register.store.PartyStore;
import uk.warden.app.register.store.PersonStore;
import uk.warden.app.register.store.SystemStore;
import uk.warden.core.breach.ExposureWindow;
import uk.warden.core.breach.Impact;
import uk.warden.core.breach.ImpactEngine;
import uk.warden.core.breach.Incident;
import uk.warden.core.breach.PersonAttributes;
import uk.warden.core.breach.RegulatorReport;
import uk.warden.core.breach.RiskMatrix;
import uk.warden.core.custody.CustodyLedger;
import uk.warden.core.custody.Deletion;
import uk.warden.core.custody.RetentionRules;
import uk.warden.core.custody.Transfer;
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
  private final Ledgers ledgers;
  private final AttributesIndex attributes;
  private final RiskMatrix matrix;
  private final ForceSettings force;
  private final Clock clock;

  @Autowired
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
    this(
        incidents,
        validator,
        partyNames,
        parties,
        people,
        incident -> custody.ledger(),
        attributes,
        force,
        clock,
        riskMatrixFile);
  }

  private BreachService(
      IncidentStore incidents,
      IncidentValidator validator,
      PartyNames partyNames,
      PartyStore parties,
      PersonStore people,
      Ledgers ledgers,
      AttributesIndex attributes,
      ForceSettings force,
      Clock clock,
      String riskMatrixFile) {
    this.incidents = incidents;
    this.validator = validator;
    this.partyNames = partyNames;
    this.parties = parties;
    this.people = people;
    this.ledgers = ledgers;
    this.attributes = attributes;
    this.force = force;
    this.clock = clock;
    this.matrix = riskMatrix(riskMatrixFile);
  }

  /**
   * The service wired by hand for a one-shot command that opened the store without the application
   * context: the same stores and the same people's index, but the custody ledger of only the
   * parties each question names, read from the store as the custody index reads the whole of it.
   * The impact of a breach at a party depends on that party's custody alone, so the answer is the
   * same, without reading every other party's transfers first.
   */
  public static BreachService standalone(LeanStore store, Keyring keys) {
    ForceSettings force = store.force();
    Clock clock = store.clock();
    JdbcTemplate template = new JdbcTemplate(store.dataSource());
    JdbcClient jdbc = JdbcClient.create(template);
    PartyStore parties = new PartyStore(jdbc);
    PartyNames names = new PartyNames(parties);
    TransferStore transfers = new TransferStore(jdbc, template);
    DeletionStore deletions = new DeletionStore(jdbc, template);
    AgreementStore agreements = new AgreementStore(jdbc);
    Ledgers scoped =
        incident -> {
          RetentionRules retention = RetentionRules.fromAgreements(agreements.all(), force.zone());
          List<Transfer> sent = new ArrayList<>();
          transfers.forEachTo(incident.parties(), sent::add);
          List<Deletion> attested = new ArrayList<>();
          deletions.forEachBy(incident.parties(), attested::add);
          return CustodyLedger.of(retention, sent, attested);
        };
    AttributesIndex attributes =
        new AttributesIndex(
            new AttributesStore(template, store.indexFiles()),
            new StoreVersions(jdbc),
            force,
            clock);
    return new BreachService(
        new IncidentStore(jdbc),
        new IncidentValidator(names, new SystemStore(jdbc)),
        names,
        parties,
        new PersonStore(jdbc, template, keys),
        scoped,
        attributes,
        force,
        clock,
        store.riskMatrixFile());
  }

  /** Where an assessment's custody ledger comes from. */
  @FunctionalInterface
  private interface Ledgers {
    /** A ledger holding at least the custody of every party in the incident. */
    CustodyLedger ledgerFor(Incident incident);
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
    // Cold, each index reads the store for seconds, so the people's attributes load on another
    // thread while the custody ledger does; warm, each is a version check.
    CompletableFuture<PersonAttributes> people =
        CompletableFuture.supplyAsync(attributes::attributes);
    CustodyLedger ledger = ledgers.ledgerFor(incident);
    Impact impact = ImpactEngine.assess(incident, ledger, joined(people), matrix, clock.instant());
    return new Assessment(incident, impact, RegulatorReport.draft(incident, impact));
  }

  private static <T> T joined(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException runtime
          ? runtime
          : new IllegalStateException(e.getCause());
    }
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
