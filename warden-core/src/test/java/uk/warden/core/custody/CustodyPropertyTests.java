package uk.warden.core.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.warden.core.custody.CustodyFixtures.day;
import static uk.warden.core.custody.NaiveCustody.ids;
import static uk.warden.core.custody.RandomLedger.between;
import static uk.warden.core.custody.RandomLedger.chance;
import static uk.warden.core.custody.RandomLedger.subset;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bitmap ledger against the person-by-person reference, over random histories.
 *
 * <p>Each case draws its inputs from a {@link SplittableRandom} seeded with the number in its name,
 * so a failing seed reproduces the same inputs on every run; a failure's message names its seed and
 * the inputs drawn. Seeds are a base plus the case's index, so Surefire's case {@code [n]} is seed
 * base + n.
 */
class CustodyPropertyTests {

  static LongStream windowSeeds() {
    return LongStream.rangeClosed(1, 500).map(i -> 1_000_000 + i);
  }

  static LongStream instantSeeds() {
    return LongStream.rangeClosed(1, 300).map(i -> 2_000_000 + i);
  }

  static LongStream orderSeeds() {
    return LongStream.rangeClosed(1, 200).map(i -> 3_000_000 + i);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("windowSeeds")
  void windowAnswersMatchThePersonByPersonReference(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    RandomLedger history = RandomLedger.random(random);
    Set<String> parties = subset(random, RandomLedger.PARTIES, 1, RandomLedger.PARTIES.size());
    Set<String> systems = subset(random, RandomLedger.SYSTEMS, 0, RandomLedger.SYSTEMS.size());
    Set<String> categories = subset(random, RandomLedger.CATEGORIES, 0, 3);
    int length = chance(random, 0.2) ? 0 : between(random, 0, 6);
    int start =
        chance(random, 0.3)
            ? Math.max(-1, history.eventDay(random) - (chance(random, 0.5) ? 0 : length))
            : between(random, -1, RandomLedger.LAST_DAY + 3);
    Instant from = day(start);
    Instant to = day(start + length);

    CustodyLedger ledger = history.ledger();
    NaiveCustody naive =
        new NaiveCustody(
            history.transfers(),
            history.deletions(),
            history.retention(),
            parties,
            systems,
            categories);
    WindowCustody window =
        ledger.scope(new CustodyScope(parties, systems, categories)).during(from, to);

    Supplier<String> sample =
        () ->
            seed
                + ": "
                + history
                + ", parties "
                + parties
                + ", systems "
                + systems
                + ", categories "
                + categories
                + ", days "
                + start
                + " to "
                + (start + length);
    assertThat(ids(window.exposed()))
        .as(() -> "exposed, seed " + sample.get())
        .isEqualTo(naive.exposed(from, to));
    assertThat(ids(window.certain()))
        .as(() -> "certain, seed " + sample.get())
        .isEqualTo(naive.certain(from, to));
    assertThat(ids(window.overdue()))
        .as(() -> "overdue, seed " + sample.get())
        .isEqualTo(naive.overdue(from, to));
    assertThat(ids(window.byCategory()))
        .as(() -> "by category, seed " + sample.get())
        .isEqualTo(naive.byCategory(from, to));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("instantSeeds")
  void holdingsAtAnInstantMatchTheReference(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    RandomLedger history = RandomLedger.random(random);
    int at =
        chance(random, 0.3)
            ? history.eventDay(random)
            : between(random, -1, RandomLedger.LAST_DAY + 3);
    Supplier<String> sample = () -> seed + ": " + history + ", day " + at;

    CustodyLedger ledger = history.ledger();
    List<Transfer> transfers = history.transfers();
    List<Deletion> deletions = history.deletions();
    RetentionRules retention = history.retention();
    for (String party : RandomLedger.PARTIES) {
      NaiveCustody naive =
          new NaiveCustody(transfers, deletions, retention, Set.of(party), Set.of(), Set.of());

      Holdings holdings = ledger.holdings(party, day(at));

      assertThat(ids(holdings.held()))
          .as(() -> "held by " + party + ", seed " + sample.get())
          .isEqualTo(naive.exposed(day(at), day(at)));
      assertThat(ids(holdings.overdue()))
          .as(() -> "overdue at " + party + ", seed " + sample.get())
          .isEqualTo(naive.overdue(day(at), day(at)));
      assertThat(ids(holdings.byCategory()))
          .as(() -> "by category at " + party + ", seed " + sample.get())
          .isEqualTo(naive.byCategory(day(at), day(at)));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("orderSeeds")
  void addingEventsOneByOneInAnyOrderBuildsTheSameLedger(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    RandomLedger history = RandomLedger.random(random);
    long shuffle = random.nextLong();
    Supplier<String> sample = () -> seed + ": " + history + ", shuffled by " + shuffle;

    CustodyLedger bulk = history.ledger();
    List<Transfer> transfers = new ArrayList<>(history.transfers());
    List<Deletion> deletions = new ArrayList<>(history.deletions());
    Collections.shuffle(transfers, new Random(shuffle));
    Collections.shuffle(deletions, new Random(shuffle));
    CustodyLedger incremental = new CustodyLedger(history.retention());
    transfers.forEach(incremental::add);
    deletions.forEach(incremental::add);

    for (String party : RandomLedger.PARTIES) {
      assertThat(incremental.party(party).transfers())
          .as(() -> "transfers to " + party + ", seed " + sample.get())
          .isEqualTo(bulk.party(party).transfers());
      assertThat(Set.copyOf(incremental.party(party).spans()))
          .as(() -> "spans of " + party + ", seed " + sample.get())
          .isEqualTo(Set.copyOf(bulk.party(party).spans()));
    }
  }
}
