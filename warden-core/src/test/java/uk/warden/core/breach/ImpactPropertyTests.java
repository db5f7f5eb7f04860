package uk.warden.core.breach;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.warden.core.custody.CustodyFixtures.day;
import static uk.warden.core.custody.NaiveCustody.ids;
import static uk.warden.core.custody.RandomLedger.between;
import static uk.warden.core.custody.RandomLedger.chance;
import static uk.warden.core.custody.RandomLedger.subset;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.warden.core.custody.NaiveCustody;
import uk.warden.core.custody.PersonSet;
import uk.warden.core.custody.RandomLedger;

/**
 * The bitmap impact engine against the person-by-person reference: random ledgers, deletions of
 * every scope, retention lapses, windows with open and closed ends, filters on systems and
 * categories, and random people, including some the register does not know.
 *
 * <p>Each case draws its inputs from a {@link SplittableRandom} seeded with the number in its name,
 * so a failing seed reproduces the same inputs on every run; a failure's message names its seed and
 * the inputs drawn. Seeds are a base plus the case's index, so Surefire's case {@code [n]} is seed
 * base + n.
 */
class ImpactPropertyTests {

  private static final RiskMatrix MATRIX = RiskMatrix.standard();

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 600).map(i -> 4_000_000 + i);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void impactMatchesThePersonByPersonReference(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    RandomLedger ledger = RandomLedger.random(random);
    RandomPeople people = RandomPeople.random(random);
    Set<String> parties = subset(random, RandomLedger.PARTIES, 1, RandomLedger.PARTIES.size());
    Set<String> systems = subset(random, RandomLedger.SYSTEMS, 0, RandomLedger.SYSTEMS.size());
    Set<String> categories = subset(random, RandomLedger.CATEGORIES, 0, 3);
    int start = end(random, ledger);
    int end = chance(random, 0.1) ? start : end(random, ledger);
    int discovered = between(random, 0, 30);
    int aware = between(random, 0, 30);
    int now = between(random, 0, 30);
    Instant from = start < 0 ? null : day(start);
    Instant to = end < 0 ? null : day(end);
    if (from != null && to != null && to.isBefore(from)) {
      Instant swap = from;
      from = to;
      to = swap;
    }
    Incident incident =
        new Incident(
            "INC-1",
            "Supplier breach",
            BreachType.CONFIDENTIALITY,
            parties,
            systems,
            categories,
            new ExposureWindow(from, to),
            day(discovered),
            day(aware),
            null,
            null,
            null);
    NaiveCustody naiveCustody =
        new NaiveCustody(
            ledger.transfers(),
            ledger.deletions(),
            ledger.retention(),
            parties,
            systems,
            categories);
    NaiveImpact naive = new NaiveImpact(naiveCustody, people, MATRIX);

    Impact impact =
        ImpactEngine.assess(incident, ledger.ledger(), people.attributes(), MATRIX, day(now));
    List<NaiveImpact.Case> expected = naive.assess(incident, day(now));

    try {
      assertThat(impact.windowKnown()).isEqualTo(from != null && to != null);
      assertSame(impact.worstCase(), expected.get(0));
      assertSame(impact.bestCase(), expected.get(1));
      assertThat(impact.deadline().due()).isEqualTo(day(aware).plusSeconds(72 * 3600));
      assertAssumptionEffects(impact, naiveCustody, from, to);
    } catch (AssertionError e) {
      String sample =
          seed
              + ": "
              + ledger
              + ", "
              + people
              + ", parties "
              + parties
              + ", systems "
              + systems
              + ", categories "
              + categories
              + ", days "
              + start
              + " to "
              + end
              + ", discovered "
              + discovered
              + ", aware "
              + aware
              + ", now "
              + now;
      throw new AssertionError("seed " + sample + "\n" + e.getMessage(), e);
    }
  }

  /**
   * A window end: unknown (-1) one time in five, a day on which something happens in the ledger one
   * time in four, otherwise any day from before the first event to after the last.
   */
  private static int end(SplittableRandom random, RandomLedger ledger) {
    double draw = random.nextDouble();
    if (draw < 0.2) {
      return -1;
    }
    if (draw < 0.45) {
      return ledger.eventDay(random);
    }
    return between(random, -1, RandomLedger.LAST_DAY + 3);
  }

  /** Each unknown end adds the people held between the two cases' boundaries, and no others. */
  private static void assertAssumptionEffects(
      Impact impact, NaiveCustody naive, Instant from, Instant to) {
    Exposure worst = impact.worstCase();
    Exposure best = impact.bestCase();
    int bestCount = best.exposed().size();
    List<Integer> effects =
        impact.evidence().stream()
            .filter(e -> e.kind() == EvidenceKind.ASSUMPTION)
            .map(Evidence::people)
            .toList();
    List<Integer> expected = new java.util.ArrayList<>();
    if (from == null) {
      Instant start = worst.from().isBefore(best.from()) ? worst.from() : best.from();
      expected.add(naive.exposed(start, best.to()).size() - bestCount);
    }
    if (to == null) {
      expected.add(naive.exposed(best.from(), worst.to()).size() - bestCount);
    }
    assertThat(effects).isEqualTo(expected);
  }

  private static void assertSame(Exposure actual, NaiveImpact.Case expected) {
    assertThat(actual.from()).isEqualTo(expected.from());
    assertThat(actual.to()).isEqualTo(expected.to());
    assertThat(ids(actual.exposed())).isEqualTo(expected.exposed());
    assertThat(ids(actual.certain())).isEqualTo(expected.certain());
    Set<Integer> possible = new java.util.TreeSet<>(expected.exposed());
    possible.removeAll(expected.certain());
    assertThat(ids(actual.possible())).isEqualTo(possible);
    assertThat(ids(actual.overdue())).isEqualTo(expected.overdue());
    assertThat(ids(actual.byCategory())).isEqualTo(expected.byCategory());
    Map<RiskTier, Set<Integer>> tiers = new EnumMap<>(RiskTier.class);
    actual.byTier().forEach((tier, set) -> tiers.put(tier, ids(set)));
    assertThat(tiers).isEqualTo(expected.byTier());
    Map<String, Integer> rules = new HashMap<>();
    actual.tierRules().forEach(rule -> rules.put(rule.rule(), rule.people()));
    assertThat(rules).isEqualTo(expected.ruleCounts());
    assertThat(actual.aggregates()).isEqualTo(expected.aggregates());
    for (int person : expected.exposed()) {
      assertThat(actual.categoriesOf(person))
          .containsExactlyElementsOf(
              expected.byCategory().entrySet().stream()
                  .filter(e -> e.getValue().contains(person))
                  .map(Map.Entry::getKey)
                  .sorted()
                  .toList());
    }
    assertThat(actual.possible().and(actual.certain())).isEqualTo(PersonSet.empty());
  }
}
