package uk.warden.synth;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.SplittableRandom;
import uk.warden.core.breach.ExposureWindow;
import uk.warden.core.breach.Incident;
import uk.warden.core.breach.PersonAttributes;
import uk.warden.core.custody.CustodyLedger;
import uk.warden.core.custody.RetentionRules;

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
 */
public final class SyntheticLedger {

  public static final int PEOPLE = 1_000_000;
  public static final int TRANSFERS = 50_000;
  public static final long MEMBERSHIPS = 20_000_000L;

  private static final Instant NOW =
      LedgerCustody.START.plus(LedgerCustody.SPAN).plus(Duration.ofDays(30));

  private final CustodyLedger ledger;
  private final PersonAttributes attributes;
  private final RetentionRules retention;

  private SyntheticLedger(
      CustodyLedger ledger, PersonAttributes attributes, RetentionRules retention) {
    this.ledger = ledger;
    this.attributes = attributes;
    this.retention = retention;
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
        CustodyLedger.of(custody.retention(), custody.transfers(), custody.deletions()),
        attributes,
        custody.retention());
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
