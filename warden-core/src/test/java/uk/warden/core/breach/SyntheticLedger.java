package uk.warden.core.breach;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.roaringbitmap.RoaringBitmap;
import uk.warden.core.custody.CustodyLedger;
import uk.warden.core.custody.Deletion;
import uk.warden.core.custody.DeletionScope;
import uk.warden.core.custody.PersonSet;
import uk.warden.core.custody.RetentionRules;
import uk.warden.core.custody.Transfer;
import uk.warden.core.custody.TransferMethod;
import uk.warden.core.register.ClearanceLevel;
import uk.warden.core.register.EmploymentStatus;
import uk.warden.core.register.PersonKind;
import uk.warden.core.register.SensitivityFlag;

/**
 * The national-scale ledger, seeded and reproducible, for benchmarks (JMH in warden-bench
 * can build it once per trial): 1,000,000 people in 43 forces, 2,000 parties (20 national suppliers
 * serving several forces each, the rest local), 50,000 transfers over five years holding exactly
 * 20,000,000 person-memberships, refreshes deleted as they are replaced, exits, and agreements
 * whose retention has run out.
 *
 * <p>Transfer sizes are heavy-tailed (most files are small deltas, a few are whole-population
 * refreshes), and national suppliers carry about half of all memberships, the largest of them
 * several million: the incident on it is the benchmark's worst case.
 */
public final class SyntheticLedger {

  public static final int PEOPLE = 1_000_000;
  public static final int TRANSFERS = 50_000;
  public static final long MEMBERSHIPS = 20_000_000L;

  static final int FORCES = 43;
  static final int PARTIES = 2_000;
  static final int NATIONAL = 20;
  private static final double NATIONAL_WEIGHT = 17.6;
  static final Instant START = Instant.parse("2020-01-01T00:00:00Z");
  static final Duration SPAN = Duration.ofDays(5 * 365);
  static final Instant NOW = START.plus(SPAN).plus(Duration.ofDays(30));

  private static final List<List<String>> FEEDS =
      List.of(
          List.of("user.name", "user.workforce.pay_number", "user.workforce.rank"),
          List.of(
              "user.name",
              "user.workforce.warrant_number",
              "user.biometric.photo",
              "user.workforce.vetting_level",
              "user.workforce.rank"),
          List.of("user.name", "user.financial.bank_account", "user.financial.salary"),
          List.of("user.name", "user.contact.email", "user.workforce.unit"),
          List.of("user.workforce.pay_number", "user.workforce.training_record"),
          List.of("user.name", "user.contact.address", "user.workforce.pension"));
  private static final String[] RANKS = {
    "PC", "SGT", "INSP", "CI", "SUPT", "CSUPT", "ACC", "DCC", "CC"
  };
  private static final String[] GRADES = {"Band A", "Band B", "Band C", "Band D", "Band E"};

  private final CustodyLedger ledger;
  private final PersonAttributes attributes;
  private final String largestParty;

  private SyntheticLedger(CustodyLedger ledger, PersonAttributes attributes, String largestParty) {
    this.ledger = ledger;
    this.attributes = attributes;
    this.largestParty = largestParty;
  }

  /** The ledger: 1,000,000 people, 50,000 transfers, 20,000,000 memberships. */
  public static SyntheticLedger build(long seed) {
    return build(seed, PEOPLE, TRANSFERS, MEMBERSHIPS);
  }

  /** A scaled ledger with the same shape, for quicker runs. */
  public static SyntheticLedger build(long seed, int people, int transfers, long memberships) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] forceStart = forceStarts(people, random);
    PersonAttributes attributes = attributes(people, forceStart, random);
    Generated generated = custody(people, transfers, memberships, forceStart, random);
    return new SyntheticLedger(
        CustodyLedger.of(generated.retention(), generated.transfers(), generated.deletions()),
        attributes,
        generated.largestParty());
  }

  public CustodyLedger ledger() {
    return ledger;
  }

  public PersonAttributes attributes() {
    return attributes;
  }

  /** The national supplier holding the most memberships. */
  public String largestParty() {
    return largestParty;
  }

  public Instant now() {
    return NOW;
  }

  /** A breach at the largest supplier, start and end unknown: both cases, all evidence. */
  public Incident worstIncident() {
    return Incident.of(
        "INC-BENCH",
        "Breach at the largest supplier",
        Set.of(largestParty),
        ExposureWindow.unknown(),
        NOW.minus(Duration.ofDays(3)),
        NOW.minus(Duration.ofDays(2)));
  }

  /** The same supplier with a known six-month window: one case. */
  public Incident knownWindowIncident() {
    return Incident.of(
        "INC-BENCH-K",
        "Breach at the largest supplier, window known",
        Set.of(largestParty),
        ExposureWindow.between(NOW.minus(Duration.ofDays(210)), NOW.minus(Duration.ofDays(30))),
        NOW.minus(Duration.ofDays(3)),
        NOW.minus(Duration.ofDays(2)));
  }

  private static String party(int index) {
    return (index < NATIONAL ? "national-" : "local-") + index;
  }

  private static int[] forceStarts(int people, SplittableRandom random) {
    double[] weights = new double[FORCES];
    double total = 0;
    for (int f = 0; f < FORCES; f++) {
      weights[f] = 0.3 + random.nextDouble() * (f < 3 ? 6 : 1.7);
      total += weights[f];
    }
    int[] start = new int[FORCES + 1];
    for (int f = 0; f < FORCES; f++) {
      start[f + 1] = start[f] + (int) Math.round(people * weights[f] / total);
    }
    start[FORCES] = people;
    return start;
  }

  private static PersonAttributes attributes(
      int people, int[] forceStart, SplittableRandom random) {
    PersonAttributes.Builder builder = PersonAttributes.builder();
    PersonKind[] kinds = PersonKind.values();
    int force = 0;
    for (int id = 0; id < people; id++) {
      while (id >= forceStart[force + 1]) {
        force++;
      }
      double k = random.nextDouble();
      PersonKind kind =
          k < 0.55
              ? PersonKind.OFFICER
              : k < 0.90
                  ? PersonKind.STAFF
                  : k < 0.94 ? PersonKind.PCSO : kinds[random.nextInt(kinds.length)];
      double s = random.nextDouble();
      EmploymentStatus status =
          s < 0.15
              ? EmploymentStatus.LEFT
              : s < 0.155 ? EmploymentStatus.SUSPENDED : EmploymentStatus.SERVING;
      String rank =
          kind.ranked()
              ? RANKS[Math.min(RANKS.length - 1, (int) (-Math.log(1 - random.nextDouble()) * 1.2))]
              : GRADES[random.nextInt(GRADES.length)];
      String unit = "f" + force + "-u" + random.nextInt(50);
      ClearanceLevel highest = clearance(random);
      Set<SensitivityFlag> flags =
          random.nextDouble() < 0.03
              ? Set.of(SensitivityFlag.values()[random.nextInt(SensitivityFlag.values().length)])
              : Set.of();
      builder.add(
          id,
          kind,
          status,
          rank,
          unit,
          highest,
          highest == null ? Set.of() : Set.of(highest),
          flags);
    }
    return builder.build();
  }

  private static @Nullable ClearanceLevel clearance(SplittableRandom random) {
    double c = random.nextDouble();
    if (c < 0.10) {
      return null;
    }
    if (c < 0.55) {
      return ClearanceLevel.RV;
    }
    if (c < 0.80) {
      return ClearanceLevel.NPPV2F;
    }
    if (c < 0.92) {
      return ClearanceLevel.NPPV3;
    }
    if (c < 0.98) {
      return ClearanceLevel.SC;
    }
    return ClearanceLevel.DV;
  }

  private record Generated(
      List<Transfer> transfers,
      List<Deletion> deletions,
      RetentionRules retention,
      String largestParty) {}

  private static Generated custody(
      int people, int transfers, long memberships, int[] forceStart, SplittableRandom random) {
    // Each party serves a run of neighbouring forces: national suppliers 5–20, local ones 1.
    int[] from = new int[PARTIES];
    int[] to = new int[PARTIES];
    for (int p = 0; p < PARTIES; p++) {
      int first = random.nextInt(FORCES);
      int count = p < NATIONAL ? 5 + random.nextInt(16) : 1;
      int last = Math.min(FORCES, first + count);
      from[p] = forceStart[first];
      to[p] = Math.max(forceStart[last], from[p] + 1);
    }
    int[] owner = new int[transfers];
    for (int t = 0; t < transfers; t++) {
      owner[t] =
          t < transfers * 24 / 100 ? t % NATIONAL : NATIONAL + random.nextInt(PARTIES - NATIONAL);
    }
    long[] size = sizes(transfers, memberships, owner, from, to, random);

    Map<String, Instant> lapses = new HashMap<>();
    List<Transfer> transferList = new ArrayList<>(transfers);
    List<List<Transfer>> byParty = new ArrayList<>();
    for (int p = 0; p < PARTIES; p++) {
      byParty.add(new ArrayList<>());
      if (p >= NATIONAL && random.nextDouble() < 0.1) {
        lapses.put(
            "dsa-" + p, START.plus(SPAN.multipliedBy(random.nextInt(40, 95)).dividedBy(100)));
      }
    }
    long[] held = new long[PARTIES];
    for (int t = 0; t < transfers; t++) {
      int p = owner[t];
      Instant at = START.plusSeconds((long) (random.nextDouble() * SPAN.getSeconds()));
      List<String> feed = FEEDS.get((p * 7 + (random.nextDouble() < 0.8 ? 0 : 1)) % FEEDS.size());
      Transfer transfer =
          new Transfer(
              t + 1L,
              at,
              "hr-core",
              party(p),
              p < NATIONAL ? "platform-" + (t % 3) : null,
              lapses.containsKey("dsa-" + p) ? "dsa-" + p : null,
              Set.copyOf(feed),
              sample(from[p], to[p], (int) size[t], random),
              TransferMethod.values()[t % TransferMethod.values().length],
              null,
              null);
      transferList.add(transfer);
      byParty.get(p).add(transfer);
      held[p] += size[t];
    }
    List<Deletion> deletions = deletions(byParty, random);
    int largest = 0;
    for (int p = 1; p < NATIONAL; p++) {
      largest = held[p] > held[largest] ? p : largest;
    }
    return new Generated(transferList, deletions, RetentionRules.of(lapses), party(largest));
  }

  /** Heavy-tailed sizes scaled to the exact membership total, none above its population. */
  private static long[] sizes(
      int transfers, long memberships, int[] owner, int[] from, int[] to, SplittableRandom random) {
    double[] raw = new double[transfers];
    for (int t = 0; t < transfers; t++) {
      // National suppliers carry about half the memberships, the largest several million.
      double party = owner[t] < NATIONAL ? NATIONAL_WEIGHT / (owner[t] + 1) : 1;
      raw[t] = party * Math.exp(random.nextGaussian() * 1.6);
    }
    long[] size = new long[transfers];
    double scale = memberships / Arrays.stream(raw).sum();
    for (int round = 0; round < 20; round++) {
      long total = 0;
      for (int t = 0; t < transfers; t++) {
        size[t] = Math.max(1, Math.min(to[owner[t]] - from[owner[t]], Math.round(raw[t] * scale)));
        total += size[t];
      }
      if (total == memberships) {
        break;
      }
      scale *= (double) memberships / total;
    }
    long total = Arrays.stream(size).sum();
    for (int t = 0; total != memberships; t = (t + 1) % transfers) {
      long room = to[owner[t]] - from[owner[t]];
      if (total < memberships && size[t] < room) {
        size[t]++;
        total++;
      } else if (total > memberships && size[t] > 1) {
        size[t]--;
        total--;
      }
    }
    return size;
  }

  /** Exactly {@code count} distinct people from {@code [from, to)}. */
  private static PersonSet sample(int from, int to, int count, SplittableRandom random) {
    int population = to - from;
    RoaringBitmap people;
    if (count <= population / 2) {
      people = new RoaringBitmap();
      while (people.getCardinality() < count) {
        int missing = count - people.getCardinality();
        int[] draw = new int[missing];
        for (int i = 0; i < missing; i++) {
          draw[i] = from + random.nextInt(population);
        }
        people.add(draw);
      }
    } else {
      people = RoaringBitmap.bitmapOfRange(from, to);
      while (people.getCardinality() > count) {
        people.remove(from + random.nextInt(population));
      }
    }
    people.runOptimize();
    return PersonSet.copyOf(people);
  }

  /**
   * Most parties delete a refresh once the next has arrived (a file each, attested); one in ten
   * that had an agreement with an end left at exit with a certificate for everything.
   */
  private static List<Deletion> deletions(List<List<Transfer>> byParty, SplittableRandom random) {
    List<Deletion> deletions = new ArrayList<>();
    long id = 1;
    for (List<Transfer> transfers : byParty) {
      transfers.sort((a, b) -> a.at().compareTo(b.at()));
      for (int i = 0; i + 1 < transfers.size(); i++) {
        if (random.nextDouble() < 0.12) {
          Transfer old = transfers.get(i);
          Instant at = transfers.get(i + 1).at().plus(Duration.ofDays(1));
          deletions.add(
              new Deletion(
                  id++,
                  old.toParty(),
                  at,
                  new DeletionScope.OneTransfer(old.id()),
                  "certificate " + id));
        }
      }
      if (!transfers.isEmpty() && random.nextDouble() < 0.02) {
        Transfer last = transfers.get(transfers.size() - 1);
        deletions.add(
            new Deletion(
                id++,
                last.toParty(),
                last.at().plus(Duration.ofDays(60)),
                new DeletionScope.All(),
                "exit certificate " + id));
      }
    }
    return deletions;
  }
}
