package uk.warden.synth;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import uk.warden.core.breach.ExposureWindow;
import uk.warden.core.breach.Incident;
import uk.warden.core.breach.PersonAttributes;
import uk.warden.core.custody.CustodyLedger;
import uk.warden.core.custody.Deletion;
import uk.warden.core.custody.RetentionRules;
import uk.warden.core.custody.Transfer;
import uk.warden.core.register.Person;
import uk.warden.core.register.ascode.RegisterSpec;

/**
 * The national-scale custody ledger, seeded and reproducible, for benchmarks and load
 * tests: 1,000,000 people in 43 forces, 50,000 transfers over five years to 2,000 parties holding
 * exactly 20,000,000 person-memberships, with deletions and lapsed retention, and the attribute
 * columns of every person.
 *
 * <p>One party ({@link #fullLoadParty()}) has a full load of 90% of everyone (900,000 people) and a
 * delta each month after it; both benchmark incidents are breaches there. The rest are of varied
 * sizes: see {@link LedgerCustody}. Smaller ledgers of the same shape come from {@link #build(long,
 * int, int, long)}.
 *
 * <p>To load the same ledger into a store, {@link #register}, {@link #forEachPerson}, {@link
 * #transfers} and {@link #deletions} give what it needs, with person ids equal to the ledger's
 * person indexes.
 */
public final class SyntheticLedger {

  public static final int PEOPLE = 1_000_000;
  public static final int TRANSFERS = 50_000;
  public static final long MEMBERSHIPS = 20_000_000L;

  private static final Instant NOW =
      LedgerCustody.START.plus(LedgerCustody.SPAN).plus(Duration.ofDays(30));

  private final long seed;
  private final CustodyLedger ledger;
  private final PersonAttributes attributes;
  private final RetentionRules retention;
  private final List<Transfer> transfers;
  private final List<Deletion> deletions;

  private SyntheticLedger(
      long seed,
      PersonAttributes attributes,
      RetentionRules retention,
      List<Transfer> transfers,
      List<Deletion> deletions) {
    this.seed = seed;
    this.ledger = CustodyLedger.of(retention, transfers, deletions);
    this.attributes = attributes;
    this.retention = retention;
    this.transfers = List.copyOf(transfers);
    this.deletions = List.copyOf(deletions);
  }

  /** The ledger: 1,000,000 people, 50,000 transfers, 20,000,000 memberships. */
  public static SyntheticLedger build(long seed) {
    return build(seed, PEOPLE, TRANSFERS, MEMBERSHIPS);
  }

  /** A ledger of the same shape at another scale, for quicker runs. */
  public static SyntheticLedger build(long seed, int people, int transfers, long memberships) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] forceStart = LedgerWorkforce.forceStarts(people, random);
    PersonAttributes attributes = LedgerWorkforce.attributes(people, forceStart, random);
    LedgerCustody.Generated custody =
        LedgerCustody.generate(people, transfers, memberships, forceStart, random);
    return new SyntheticLedger(
        seed, attributes, custody.retention(), custody.transfers(), custody.deletions());
  }

  public CustodyLedger ledger() {
    return ledger;
  }

  public PersonAttributes attributes() {
    return attributes;
  }

  /** The retention the ledger was indexed with, for loading the same events elsewhere. */
  public RetentionRules retention() {
    return retention;
  }

  /** Every transfer in id order (ids from 1), as the ledger indexed them. */
  public List<Transfer> transfers() {
    return transfers;
  }

  /** Every deletion attestation in id order (ids from 1); they reach only earlier transfers. */
  public List<Deletion> deletions() {
    return deletions;
  }

  /**
   * The units, parties, systems and agreements the ledger's people and transfers name, with
   * agreements whose retention lapses as the ledger's do, to the nearest midnight in {@code zone}
   * (see {@link LedgerRegister}). Dates of assurance are relative to {@code asOf}.
   */
  public RegisterSpec register(LocalDate asOf, ZoneId zone) {
    return LedgerRegister.of(transfers, attributes, retention, asOf, zone);
  }

  /**
   * Every person as a register record in id order, the id being the ledger's person index, made one
   * at a time: the register's attributes of these people are {@link #attributes()} with every
   * clearance valid on {@code asOf}. The same seed and day always give the same people.
   */
  public void forEachPerson(LocalDate asOf, Consumer<Person> sink) {
    new LedgerPeople(attributes, seed).forEach(asOf, sink);
  }

  /** The party with the full load and the monthly deltas. */
  public String fullLoadParty() {
    return LedgerCustody.party(LedgerCustody.FULL_LOAD_PARTY);
  }

  /** A month after the last event: when the incidents are assessed. */
  public Instant now() {
    return NOW;
  }

  /** A breach at the full-load party, start and end unknown: both cases, all evidence. */
  public Incident unknownWindowIncident() {
    return Incident.of(
        "INC-BENCH",
        "Breach at the warrant-card bureau",
        Set.of(fullLoadParty()),
        ExposureWindow.unknown(),
        NOW.minus(Duration.ofDays(3)),
        NOW.minus(Duration.ofDays(2)));
  }

  /**
   * The same party with a known six-month window, which a deletion and later deltas cut: one case.
   */
  public Incident knownWindowIncident() {
    return Incident.of(
        "INC-BENCH-K",
        "Breach at the warrant-card bureau, window known",
        Set.of(fullLoadParty()),
        ExposureWindow.between(NOW.minus(Duration.ofDays(210)), NOW.minus(Duration.ofDays(30))),
        NOW.minus(Duration.ofDays(3)),
        NOW.minus(Duration.ofDays(2)));
  }
}
