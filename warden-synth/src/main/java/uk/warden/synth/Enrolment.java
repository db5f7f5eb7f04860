package uk.warden.synth;

import java.util.function.IntConsumer;
import uk.warden.core.register.PersonKind;

/**
 * When each person enters one feed: the run from which the party has a record of them, or never.
 * Whole-population feeds take people from the run they joined; share feeds (occupational health,
 * travel, legal cases) take a seeded share of them, some already on file when the feed began and
 * the rest at a drawn month, as referrals and bookings arrive; the recruitment portal takes joiners
 * a few months before they join. People are kept grouped by entry run, so a monthly delta visits
 * only that month's entrants.
 */
final class Enrolment {

  /** Applicants reach the portal about a quarter before they start. */
  static final int APPLICATION_LEAD_RUNS = 3;

  private static final int NEVER = -1;
  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
  private static final double UNIT = 0x1.0p-53;

  private final int[] order;
  private final int[] firstOfRun;
  private final byte[] entry;

  private Enrolment(byte[] entry) {
    this.entry = entry;
    // A counting sort by entry run; people keep index order within a run.
    int[] counts = new int[RunCalendar.RUNS + 1];
    for (byte run : entry) {
      if (run != NEVER) {
        counts[run + 1]++;
      }
    }
    for (int run = 0; run < RunCalendar.RUNS; run++) {
      counts[run + 1] += counts[run];
    }
    this.firstOfRun = counts.clone();
    this.order = new int[counts[RunCalendar.RUNS]];
    for (int person = 0; person < entry.length; person++) {
      if (entry[person] != NEVER) {
        order[counts[entry[person]]++] = person;
      }
    }
  }

  static Enrolment of(Feed feed, Careers careers, long seed) {
    boolean[] carried = new boolean[PersonKind.values().length];
    feed.kinds().forEach(kind -> carried[kind.ordinal()] = true);
    long feedSeed = Seeds.derive(seed, "custody-feed/" + feed.key());
    int wanted = FlagMasks.of(feed.coverage().flags());
    byte[] entry = new byte[careers.size()];
    for (int person = 0; person < entry.length; person++) {
      entry[person] =
          carried[careers.kind(person).ordinal()]
              ? (byte) entryRun(feed, careers, person, feedSeed, wanted)
              : NEVER;
    }
    return new Enrolment(entry);
  }

  private static int entryRun(Feed feed, Careers careers, int person, long feedSeed, int wanted) {
    int joined = careers.joinRun(person);
    Coverage coverage = feed.coverage();
    return switch (coverage.scope()) {
      case WHOLE_POPULATION -> joined;
      case UNITS -> coverage.unitCodes().contains(careers.unitCode(person)) ? joined : NEVER;
      case FLAGGED -> (careers.flagMask(person) & wanted) != 0 ? joined : NEVER;
      case SHARE -> shareEntry(feed, joined, feedSeed, person);
    };
  }

  private static int shareEntry(Feed feed, int joined, long feedSeed, int person) {
    double covered = draw(feedSeed, person, 0);
    int drawnRun = (int) (draw(feedSeed, person, 2) * RunCalendar.RUNS);
    if (feed.applicants()) {
      if (joined > 0) {
        return Math.max(0, joined - APPLICATION_LEAD_RUNS);
      }
      // Serving people applying for other posts: the rest of the portal's share.
      return covered < feed.coverage().share() ? drawnRun : NEVER;
    }
    if (covered >= feed.coverage().share()) {
      return NEVER;
    }
    return draw(feedSeed, person, 1) < feed.existing() ? joined : Math.max(joined, drawnRun);
  }

  private static double draw(long feedSeed, int person, int salt) {
    long bits = Seeds.mix(feedSeed + (person + 1L) * GOLDEN_GAMMA + salt * 0x632BE59BD9B4E019L);
    return (bits >>> 11) * UNIT;
  }

  /** The run from which the party has a record of {@code person}, or -1 for never. */
  int entry(int person) {
    return entry[person];
  }

  boolean enteredBy(int person, int run) {
    return entry[person] != NEVER && entry[person] <= run;
  }

  /** Visits the people entering in runs {@code first..last}, run by run. */
  void forEachEntering(int first, int last, IntConsumer action) {
    for (int i = firstOfRun[first]; i < firstOfRun[last + 1]; i++) {
      action.accept(order[i]);
    }
  }
}
