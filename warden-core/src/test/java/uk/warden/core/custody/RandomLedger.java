package uk.warden.core.custody;

import static uk.warden.core.custody.CustodyFixtures.day;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Small random custody histories for property tests: few parties, people and days, so that ties,
 * overlaps, deletions of every scope and retention lapses happen often.
 *
 * <p>Everything is drawn from a seeded {@link SplittableRandom}, so a seed names a history. Edge
 * cases are drawn on purpose rather than left to chance: empty ledgers and people sets, transfers
 * on the same day, deletions at the instant of a transfer, lapses on event days, and the ends of
 * every integer range.
 */
public record RandomLedger(
    List<TransferSpec> transferSpecs, List<DeletionSpec> deletionSpecs, List<Integer> lapseDays) {

  public static final int PEOPLE = 20;
  public static final List<String> PARTIES = List.of("alpha", "bravo", "charlie");
  public static final List<String> SYSTEMS = List.of("sys-a", "sys-b");
  public static final List<String> AGREEMENTS = List.of("dsa-0", "dsa-1", "dsa-2");
  public static final List<String> CATEGORIES =
      List.of(
          "user.name",
          "user.workforce.pay_number",
          "user.biometric.photo",
          "user.workforce.vetting_level",
          "user.workforce.rank",
          "user.financial.bank_account",
          "user.workforce.training_record");
  public static final int LAST_DAY = 20;
  public static final int MAX_TRANSFERS = 12;
  public static final int MAX_DELETIONS = 6;

  /** {@code agreement} and {@code system} are indexes, or -1 for none. */
  public record TransferSpec(
      int party, int day, Set<Integer> people, Set<String> categories, int agreement, int system) {}

  /** {@code kind} 0 all, 1 one transfer (picked among those it can reach), 2 some people. */
  public record DeletionSpec(int party, int day, int kind, int pick, Set<Integer> people) {}

  /**
   * A random history: up to {@value #MAX_TRANSFERS} transfers on days 0 to {@value #LAST_DAY}, up
   * to {@value #MAX_DELETIONS} deletions of any scope on days 0 to {@code LAST_DAY + 2}, and a
   * lapse day, or -1 for none, for each agreement.
   */
  public static RandomLedger random(SplittableRandom random) {
    int transferCount = chance(random, 0.08) ? 0 : between(random, 1, MAX_TRANSFERS);
    List<TransferSpec> transfers = new ArrayList<>();
    for (int i = 0; i < transferCount; i++) {
      transfers.add(transfer(random, transfers));
    }
    int deletionCount = chance(random, 0.15) ? 0 : between(random, 1, MAX_DELETIONS);
    List<DeletionSpec> deletions = new ArrayList<>();
    for (int i = 0; i < deletionCount; i++) {
      deletions.add(deletion(random, transfers));
    }
    List<Integer> lapses = new ArrayList<>();
    for (int i = 0; i < AGREEMENTS.size(); i++) {
      lapses.add(lapseDay(random, transfers, deletions));
    }
    return new RandomLedger(List.copyOf(transfers), List.copyOf(deletions), List.copyOf(lapses));
  }

  private static TransferSpec transfer(SplittableRandom random, List<TransferSpec> earlier) {
    int party = between(random, 0, PARTIES.size() - 1);
    int day =
        !earlier.isEmpty() && chance(random, 0.25)
            ? pick(random, earlier).day()
            : between(random, 0, LAST_DAY);
    Set<Integer> people =
        !earlier.isEmpty() && chance(random, 0.2) ? pick(random, earlier).people() : people(random);
    return new TransferSpec(
        party,
        day,
        people,
        subset(random, CATEGORIES, 1, 4),
        between(random, -1, AGREEMENTS.size() - 1),
        between(random, -1, SYSTEMS.size() - 1));
  }

  private static DeletionSpec deletion(SplittableRandom random, List<TransferSpec> transfers) {
    int party = between(random, 0, PARTIES.size() - 1);
    List<TransferSpec> toParty = transfers.stream().filter(t -> t.party() == party).toList();
    int day =
        !toParty.isEmpty() && chance(random, 0.3)
            ? pick(random, toParty).day()
            : between(random, 0, LAST_DAY + 2);
    Set<Integer> people =
        !toParty.isEmpty() && chance(random, 0.4)
            ? someOf(random, pick(random, toParty).people())
            : people(random);
    return new DeletionSpec(party, day, between(random, 0, 2), between(random, 0, 20), people);
  }

  private static int lapseDay(
      SplittableRandom random, List<TransferSpec> transfers, List<DeletionSpec> deletions) {
    double draw = random.nextDouble();
    if (draw < 0.2) {
      return -1;
    }
    if (draw < 0.35 && !transfers.isEmpty()) {
      return pick(random, transfers).day();
    }
    if (draw < 0.45 && !deletions.isEmpty()) {
      return pick(random, deletions).day();
    }
    return between(random, 0, LAST_DAY + 2);
  }

  /** Any people among {@value #PEOPLE}: often none or everyone, otherwise of a random density. */
  public static Set<Integer> people(SplittableRandom random) {
    double draw = random.nextDouble();
    Set<Integer> people = new TreeSet<>();
    if (draw < 0.1) {
      return people;
    }
    if (draw < 0.15) {
      for (int id = 0; id < PEOPLE; id++) {
        people.add(id);
      }
    } else if (draw < 0.25) {
      people.add(between(random, 0, PEOPLE - 1));
    } else {
      double density = random.nextDouble();
      for (int id = 0; id < PEOPLE; id++) {
        if (random.nextDouble() < density) {
          people.add(id);
        }
      }
    }
    return people;
  }

  /** All, none or some of {@code people}. */
  private static Set<Integer> someOf(SplittableRandom random, Set<Integer> people) {
    double draw = random.nextDouble();
    if (draw < 0.3) {
      return people;
    }
    if (draw < 0.4) {
      return new TreeSet<>();
    }
    Set<Integer> some = new TreeSet<>();
    for (int id : new TreeSet<>(people)) {
      if (random.nextBoolean()) {
        some.add(id);
      }
    }
    return some;
  }

  /** A day on which something happens in this ledger, or any day if nothing does. */
  public int eventDay(SplittableRandom random) {
    List<Integer> days = new ArrayList<>();
    transferSpecs.forEach(t -> days.add(t.day()));
    deletionSpecs.forEach(d -> days.add(d.day()));
    lapseDays.stream().filter(d -> d >= 0).forEach(days::add);
    return days.isEmpty() ? between(random, 0, LAST_DAY) : pick(random, days);
  }

  /**
   * An integer in {@code [min, max]}; either end is drawn one time in ten, as edge cases, and
   * otherwise every value is equally likely.
   */
  public static int between(SplittableRandom random, int min, int max) {
    double draw = random.nextDouble();
    if (draw < 0.05) {
      return min;
    }
    if (draw < 0.1) {
      return max;
    }
    return random.nextInt(min, max + 1);
  }

  public static boolean chance(SplittableRandom random, double probability) {
    return random.nextDouble() < probability;
  }

  public static <T> T pick(SplittableRandom random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** Distinct values of {@code values}, between {@code min} and {@code max} of them. */
  public static <T> Set<T> subset(SplittableRandom random, List<T> values, int min, int max) {
    int size = between(random, min, Math.min(max, values.size()));
    List<T> remaining = new ArrayList<>(values);
    Set<T> chosen = new LinkedHashSet<>();
    while (chosen.size() < size) {
      chosen.add(remaining.remove(random.nextInt(remaining.size())));
    }
    return chosen;
  }

  public List<Transfer> transfers() {
    List<Transfer> transfers = new ArrayList<>();
    for (int i = 0; i < transferSpecs.size(); i++) {
      TransferSpec spec = transferSpecs.get(i);
      transfers.add(
          CustodyFixtures.transfer(
              i + 1,
              PARTIES.get(spec.party()),
              spec.day(),
              spec.system() < 0 ? null : SYSTEMS.get(spec.system()),
              spec.agreement() < 0 ? null : AGREEMENTS.get(spec.agreement()),
              spec.categories(),
              PersonSet.of(spec.people().stream().mapToInt(Integer::intValue).toArray())));
    }
    return transfers;
  }

  /** A one-transfer deletion that can reach no transfer becomes a deletion of everything. */
  public List<Deletion> deletions() {
    return deletions(transfers());
  }

  private List<Deletion> deletions(List<Transfer> transfers) {
    List<Deletion> deletions = new ArrayList<>();
    for (int i = 0; i < deletionSpecs.size(); i++) {
      DeletionSpec spec = deletionSpecs.get(i);
      long id = 100 + i;
      String party = PARTIES.get(spec.party());
      Instant at = day(spec.day());
      DeletionScope scope = new DeletionScope.All();
      if (spec.kind() == 1) {
        List<Transfer> reachable =
            transfers.stream()
                .filter(t -> t.toParty().equals(party) && !t.at().isAfter(at))
                .toList();
        if (!reachable.isEmpty()) {
          scope = new DeletionScope.OneTransfer(reachable.get(spec.pick() % reachable.size()).id());
        }
      } else if (spec.kind() == 2) {
        scope =
            new DeletionScope.People(
                PersonSet.of(spec.people().stream().mapToInt(Integer::intValue).toArray()));
      }
      deletions.add(new Deletion(id, party, at, scope, "certificate " + id));
    }
    return deletions;
  }

  public RetentionRules retention() {
    Map<String, Instant> lapses = new HashMap<>();
    for (int i = 0; i < AGREEMENTS.size(); i++) {
      if (lapseDays.get(i) >= 0) {
        lapses.put(AGREEMENTS.get(i), day(lapseDays.get(i)));
      }
    }
    return RetentionRules.of(lapses);
  }

  public CustodyLedger ledger() {
    List<Transfer> transfers = transfers();
    return CustodyLedger.of(retention(), transfers, deletions(transfers));
  }
}
