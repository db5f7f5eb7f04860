package uk.warden.app.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import uk.warden.app.breach.BreachService;
import uk.warden.app.custody.CustodyService;
import uk.warden.app.register.PeopleWriter;
import uk.warden.app.register.RegisterService;
import uk.warden.app.register.importing.RegisterApplier;
import uk.warden.core.register.ascode.RegisterSpec;
import uk.warden.synth.CustodyHistory;
import uk.warden.synth.ForceSpec;
import uk.warden.synth.SyntheticForce;

/**
 * Loads a synthetic force into an empty store: the register of units, parties, systems and
 * agreements through the same path as a register file, then the people in committed chunks (a
 * million people in one transaction would balloon the embedded store). Callers load only into an
 * empty store, so an interrupted load is fixed by starting again in a new folder.
 */
@Service
public class DemoService {

  /** What was loaded. */
  public record Loaded(
      int people,
      int parties,
      int systems,
      int agreements,
      int transfers,
      int deletions,
      int snapshots,
      long accessEvents) {
    public String describe() {
      return String.format(
          "%,d people, %d parties, %d systems, %d agreements, %,d transfers, %,d deletions,"
              + " %,d volume snapshots and %,d access events",
          people, parties, systems, agreements, transfers, deletions, snapshots, accessEvents);
    }
  }

  /** The demo's incident became known this long before the demo started: the clock is running. */
  static final Duration SCENARIO_AGE = Duration.ofHours(20);

  private static final String DEMO = "demo";

  private final RegisterService register;
  private final RegisterApplier applier;
  private final PeopleWriter writer;
  private final CustodyService custody;
  private final BreachService breaches;
  private final WatchHistory watchHistory;
  private final DemoAccess access;
  private final DemoExports exports;
  private final Clock clock;

  public DemoService(
      RegisterService register,
      RegisterApplier applier,
      PeopleWriter writer,
      CustodyService custody,
      BreachService breaches,
      WatchHistory watchHistory,
      DemoAccess access,
      DemoExports exports,
      Clock clock) {
    this.register = register;
    this.applier = applier;
    this.writer = writer;
    this.custody = custody;
    this.breaches = breaches;
    this.watchHistory = watchHistory;
    this.access = access;
    this.exports = exports;
    this.clock = clock;
  }

  public boolean isEmpty() {
    return register.isEmpty();
  }

  public Loaded loadDefault() {
    ForceSpec spec = ForceSpec.defaults(LocalDate.now(clock));
    return load(spec);
  }

  public Loaded load(int people, long seed) {
    return load(new ForceSpec(people, seed, LocalDate.now(clock)));
  }

  private Loaded load(ForceSpec spec) {
    SyntheticForce force = SyntheticForce.generate(spec);
    RegisterSpec registerSpec =
        new RegisterSpec(force.units(), force.parties(), force.systems(), force.agreements());
    applier.apply(registerSpec);
    int people = writer.addAll(force::forEachPerson);
    // The store was empty, so the people have ids 1 to n in generation order.
    CustodyHistory history = force.custody(1);
    custody.importHistory(history.transfers(), history.deletions(), DEMO);
    breaches.declare(force.breachScenario(clock.instant().minus(SCENARIO_AGE)), DEMO);
    int snapshots = watchHistory.load(spec.seed(), spec.asOf(), force.systems());
    long accessEvents = access.load(force, DEMO);
    exports.load(DEMO);
    return new Loaded(
        people,
        force.parties().size(),
        force.systems().size(),
        force.agreements().size(),
        history.transfers().size(),
        history.deletions().size(),
        snapshots,
        accessEvents);
  }
}
