package uk.warden.app.watch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.warden.app.breach.BreachService;
import uk.warden.app.breach.DeclaredIncident;
import uk.warden.app.breach.IncidentRequest;
import uk.warden.app.platform.ForceSettings;
import uk.warden.app.platform.NotFoundException;
import uk.warden.app.platform.RefusedException;
import uk.warden.app.register.RegisterService;
import uk.warden.app.watch.store.WatchStore;
import uk.warden.core.breach.BreachType;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;
import uk.warden.core.register.DataSystem;
import uk.warden.core.watch.ExpectedChange;
import uk.warden.core.watch.LossDetector;
import uk.warden.core.watch.LossFinding;
import uk.warden.core.watch.LossSeverity;
import uk.warden.core.watch.VolumeSnapshot;
import uk.warden.watch.alert.Delivery;

/**
 * Keeps each system's daily counts and what explains its falls, runs the loss detector over a
 * system whenever either changes, and keeps what it finds: a loss is found once (and alerted on
 * once), refined as later days arrive, marked explained if a later explanation accounts for it, and
 * raised as an availability incident in one step.
 */
@Service
public class WatchService {

  static final String SOURCE = "snapshot";

  /** A clock a little ahead of Warden's is not bad input; a count from tomorrow is. */
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  /** What recording snapshots did. */
  public record Recorded(int snapshots, List<WatchFinding> newFindings) {}

  private final WatchStore store;
  private final RegisterService register;
  private final BreachService breaches;
  private final ForceSettings force;
  private final Clock clock;
  private final LossDetector detector = LossDetector.standard();

  public WatchService(
      WatchStore store,
      RegisterService register,
      BreachService breaches,
      ForceSettings force,
      Clock clock) {
    this.store = store;
    this.register = register;
    this.breaches = breaches;
    this.force = force;
    this.clock = clock;
  }

  /**
   * Checks every snapshot first (nothing is stored if one is bad), stores them, looks for losses in
   * each system counted and alerts on the new ones.
   */
  @Transactional
  public Recorded record(List<SnapshotRequest> requests, SnapshotSource source, String by) {
    List<WatchStore.Row> rows = check(requests, source);
    return new Recorded(rows.size(), store(rows, by));
  }

  /** Stores a whole history at once (the demo's), then looks for losses once per system. */
  @Transactional
  public List<WatchFinding> importHistory(List<WatchStore.Row> rows, String by) {
    return store(rows, by);
  }

  /** Stores the rows, then looks for losses once in each system they count. */
  private List<WatchFinding> store(List<WatchStore.Row> rows, String by) {
    store.put(rows, by, clock.instant());
    Set<String> systems = new TreeSet<>();
    rows.forEach(row -> systems.add(row.system()));
    List<WatchFinding> found = new ArrayList<>();
    for (String system : systems) {
      found.addAll(analyse(system));
    }
    return found;
  }

  private List<WatchStore.Row> check(List<SnapshotRequest> requests, SnapshotSource source) {
    if (requests.isEmpty()) {
      throw new BadInputException(InputProblem.file(SOURCE, "no snapshots given"));
    }
    List<InputProblem> problems = new ArrayList<>();
    List<WatchStore.Row> rows = new ArrayList<>();
    Instant latest = clock.instant().plus(CLOCK_SKEW);
    Map<String, Boolean> known = new HashMap<>();
    for (int i = 0; i < requests.size(); i++) {
      SnapshotRequest request = requests.get(i);
      int row = i + 1;
      int before = problems.size();
      String system = request.system() == null ? "" : request.system().strip();
      if (system.isEmpty()) {
        problems.add(InputProblem.at(SOURCE, row, "system", "is missing"));
      } else if (!known.computeIfAbsent(system, this::isSystem)) {
        problems.add(InputProblem.at(SOURCE, row, "system", "no system " + system));
      }
      if (request.takenAt() == null) {
        problems.add(InputProblem.at(SOURCE, row, "takenAt", "is missing"));
      } else if (request.takenAt().isAfter(latest)) {
        problems.add(InputProblem.at(SOURCE, row, "takenAt", "is in the future"));
      }
      if (request.objects() == null || request.objects() < 0) {
        problems.add(InputProblem.at(SOURCE, row, "objects", "must be a count of 0 or more"));
      }
      if (request.bytes() != null && request.bytes() < 0) {
        problems.add(InputProblem.at(SOURCE, row, "bytes", "must be 0 or more"));
      }
      Map<String, Long> parts = request.parts() == null ? Map.of() : request.parts();
      parts.forEach(
          (part, objects) -> {
            if (part == null || part.isBlank() || part.length() > 200) {
              problems.add(
                  InputProblem.at(
                      SOURCE, row, "parts", "a part needs a name of 1 to 200 characters"));
            } else if (objects == null || objects < 0) {
              problems.add(
                  InputProblem.at(SOURCE, row, "parts", "part " + part + " must count 0 or more"));
            }
          });
      if (problems.size() == before) {
        rows.add(
            new WatchStore.Row(
                system,
                request.takenAt().atZone(zone()).toLocalDate(),
                request.takenAt(),
                request.objects(),
                request.bytes() == null ? 0 : request.bytes(),
                new LinkedHashMap<>(parts),
                source));
      }
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
    return lastOfEachDay(rows);
  }

  /** Two counts of a system on one day in one request: the later one is the day's figure. */
  private static List<WatchStore.Row> lastOfEachDay(List<WatchStore.Row> rows) {
    Map<String, WatchStore.Row> last = new LinkedHashMap<>();
    for (WatchStore.Row row : rows) {
      last.merge(
          row.system() + "\n" + row.day(),
          row,
          (a, b) -> b.takenAt().isBefore(a.takenAt()) ? a : b);
    }
    return List.copyOf(last.values());
  }

  /** Whether the register has a system with this code. */
  public boolean knows(String code) {
    return isSystem(code);
  }

  boolean isSystem(String code) {
    try {
      register.system(code);
      return true;
    } catch (NotFoundException e) {
      return false;
    }
  }

  /** Runs the detector over one system and brings its kept findings in line; returns new ones. */
  List<WatchFinding> analyse(String code) {
    DataSystem system = register.system(code);
    List<VolumeSnapshot> series = store.series(code);
    List<Explanation> explanations = store.explanations(code);
    LocalDate today = today();
    List<ExpectedChange> expected = explanations.stream().map(e -> e.expected(today)).toList();
    List<LossFinding> losses = detector.detect(series, expected, system.marking());
    List<WatchFinding> kept = new ArrayList<>(store.findings(code));
    List<WatchFinding> added = new ArrayList<>();
    Instant now = clock.instant();
    for (LossFinding loss : losses) {
      Long migration = migrationDuring(explanations, loss);
      WatchFinding same = kept.stream().filter(f -> overlaps(f, loss)).findFirst().orElse(null);
      if (same == null) {
        long id = store.insertFinding(code, loss, migration, now);
        added.add(store.finding(id).orElseThrow());
      } else {
        kept.remove(same);
        if (changed(same, loss, migration)) {
          store.refineFinding(same.id(), loss, migration);
        }
      }
    }
    for (WatchFinding gone : kept) {
      if (gone.status() == FindingStatus.OPEN) {
        store.setStatus(gone.id(), FindingStatus.EXPLAINED, null);
      }
    }
    return added;
  }

  private static boolean overlaps(WatchFinding finding, LossFinding loss) {
    return !finding.from().isAfter(loss.to()) && !loss.from().isAfter(finding.to());
  }

  private static boolean changed(WatchFinding kept, LossFinding loss, @Nullable Long migration) {
    return !kept.to().equals(loss.to())
        || kept.objects() != loss.objects()
        || kept.severity() != loss.severity()
        || kept.shape() != loss.shape()
        || kept.status() == FindingStatus.EXPLAINED
        || !Objects.equals(kept.migrationId(), migration);
  }

  private static @Nullable Long migrationDuring(List<Explanation> explanations, LossFinding loss) {
    return explanations.stream()
        .filter(Explanation::isMigration)
        .filter(e -> e.covers(loss.from()) || e.covers(loss.to()))
        .map(Explanation::id)
        .findFirst()
        .orElse(null);
  }

  /** Every system of the register with what the watch knows of it, by name. */
  public List<WatchedSystem> overview() {
    Map<String, WatchStore.Latest> latest = new HashMap<>();
    store.latest().forEach(l -> latest.put(l.system(), l));
    Map<String, List<WatchFinding>> open = new HashMap<>();
    store
        .findings(FindingStatus.OPEN)
        .forEach(f -> open.computeIfAbsent(f.system(), k -> new ArrayList<>()).add(f));
    List<WatchedSystem> lines = new ArrayList<>();
    for (DataSystem system : register.systems()) {
      WatchStore.Latest last = latest.get(system.code());
      List<WatchFinding> losses = open.getOrDefault(system.code(), List.of());
      Long weekChange = null;
      if (last != null) {
        weekChange =
            store
                .objectsOn(system.code(), last.day().minusDays(7))
                .map(before -> last.objects() - before)
                .orElse(null);
      }
      lines.add(
          new WatchedSystem(
              system.code(),
              system.name(),
              system.marking(),
              last == null ? null : last.day(),
              last == null ? 0 : last.objects(),
              last == null ? 0 : last.bytes(),
              weekChange,
              losses.size(),
              losses.stream()
                  .map(WatchFinding::severity)
                  .max(Comparator.naturalOrder())
                  .orElse(null)));
    }
    lines.sort(Comparator.comparing(WatchedSystem::name).thenComparing(WatchedSystem::code));
    return lines;
  }

  /** One system's series, explanations and findings. */
  public SystemVolumes system(String code) {
    DataSystem system = register.system(code);
    List<WatchFinding> findings = store.findings(code);
    Map<Long, List<Delivery>> deliveries = new HashMap<>();
    findings.forEach(f -> deliveries.put(f.id(), store.deliveries(f.id())));
    return new SystemVolumes(
        system, store.series(code), store.explanations(code), findings, deliveries);
  }

  /** The losses not yet acted on, across all systems, newest first. */
  public List<WatchFinding> openFindings() {
    return store.findings(FindingStatus.OPEN);
  }

  public WatchFinding finding(long id) {
    return store
        .finding(id)
        .orElseThrow(() -> new NotFoundException("finding", "no watch finding " + id));
  }

  /**
   * Records a retention schedule, a deletion or a migration, then looks at the system again: an
   * explanation recorded after a loss was found marks it explained if it accounts for it.
   */
  @Transactional
  public Explanation explain(ExplanationRequest request, String by) {
    return keep(request.check(this::isSystem), null, by);
  }

  /** Keeps a checked explanation (a migration with its before-manifest) and looks again. */
  Explanation keep(
      ExplanationRequest.Checked checked, WatchStore.@Nullable StoredManifest before, String by) {
    long id =
        store.insertExplanation(
            checked.system(),
            checked.reason(),
            checked.firstDay(),
            checked.lastDay(),
            checked.objects(),
            checked.reference(),
            before,
            by,
            clock.instant());
    analyse(checked.system());
    return store.explanation(id).orElseThrow();
  }

  /**
   * Raises the loss as an availability incident (DOMAIN.md §1.1): the compromised party is the one
   * hosting the system unless another is named; for an in-house system one must be named.
   */
  @Transactional
  public DeclaredIncident raiseIncident(long findingId, @Nullable String party, String by) {
    WatchFinding finding = finding(findingId);
    if (finding.status() == FindingStatus.INCIDENT) {
      throw new RefusedException(
          "already-raised",
          "This loss was raised as incident " + finding.incidentId() + "; amend that one instead.");
    }
    DataSystem system = register.system(finding.system());
    String responsible = party != null && !party.isBlank() ? party.strip() : system.hostCode();
    if (responsible == null) {
      throw new BadInputException(
          InputProblem.field(
              "incident",
              "party",
              system.code() + " is in-house: name the party responsible for it"));
    }
    ZoneId zone = zone();
    Instant now = clock.instant();
    DeclaredIncident declared =
        breaches.declare(
            new IncidentRequest(
                null,
                String.format(
                    "Unexplained loss of %,d objects from %s", finding.objects(), system.name()),
                BreachType.AVAILABILITY,
                List.of(responsible),
                List.of(system.code()),
                List.copyOf(system.categories()),
                finding.from().atStartOfDay(zone).toInstant(),
                finding.to().plusDays(1).atStartOfDay(zone).toInstant(),
                finding.foundAt(),
                now,
                null,
                null,
                null,
                null,
                null),
            by);
    store.setStatus(findingId, FindingStatus.INCIDENT, declared.incident().id());
    return declared;
  }

  /** The worst open loss, for the dashboard. */
  public @Nullable LossSeverity worstOpen() {
    return openFindings().stream()
        .map(WatchFinding::severity)
        .max(Comparator.naturalOrder())
        .orElse(null);
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(zone()));
  }

  private ZoneId zone() {
    return force.zone();
  }
}
