package uk.warden.synth;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import uk.warden.core.custody.PersonSet;
import uk.warden.core.register.Agreement;

/**
 * Runs one feed month by month and says who was in each file. The rules that keep the history
 * consistent with people's lives live here: nobody is sent before they joined; a system that keeps
 * only serving people is never sent anyone on or after the day they left; a system that keeps
 * leavers hears about each leaver once, in the next file; and nothing is sent outside the feed's
 * agreement (none before it began, none after it ended).
 */
final class FeedRunner {

  /** One file: the people a feed sent in one run. */
  record Delivery(Feed feed, int run, LocalDate day, Instant at, PersonSet people) {}

  /** A feed's files, and everyone it ever sent (by person index), for the attestations. */
  record Result(Feed feed, List<Delivery> deliveries, BitSet sent) {}

  private final Careers careers;
  private final RunCalendar calendar;
  private final int firstId;
  private final long seed;

  FeedRunner(Careers careers, RunCalendar calendar, int firstId, long seed) {
    this.careers = careers;
    this.calendar = calendar;
    this.firstId = firstId;
    this.seed = seed;
  }

  Result run(Feed feed) {
    if (feed.cadence() == Feed.Cadence.MIRROR) {
      throw new IllegalArgumentException(feed.key() + " copies another feed; see mirror()");
    }
    Enrolment enrolment = Enrolment.of(feed, careers, seed);
    int first = firstRun(feed);
    int last = Math.min(lastRun(feed), first + feed.openRuns() - 1);
    BitSet sent = new BitSet(careers.size());
    Refresh refresh = new Refresh(enrolment, sent);
    List<Delivery> deliveries = new ArrayList<>();
    LocalDate previous = null;
    for (int run = first; run <= last; run++) {
      LocalDate day = calendar.day(run, feed.daysBefore());
      long today = day.toEpochDay();
      long before = (previous == null ? day.minusMonths(1) : previous).toEpochDay();
      File file = new File(sent);
      PersonSet people =
          switch (feed.cadence()) {
            case DELTA ->
                run == first
                    ? fullLoad(feed, enrolment, run, today, file)
                    : delta(feed, enrolment, run, before, today, file);
            case FULL_REFRESH -> refresh.next(run == first ? 0 : run, run, before);
            case LEAVERS -> leavers(enrolment, run, before, today, file);
            case MIRROR -> throw new IllegalStateException("a mirror has no files of its own");
          };
      if (!people.isEmpty()) {
        deliveries.add(new Delivery(feed, run, day, RunCalendar.at(day, feed.time()), people));
      }
      previous = day;
    }
    return new Result(feed, List.copyOf(deliveries), sent);
  }

  /** The receiving party's own copy of another feed's files, a little later. */
  Result mirror(Feed feed, Result original) {
    List<Delivery> deliveries = new ArrayList<>();
    for (Delivery file : original.deliveries()) {
      LocalDate day =
          feed.mirrorOnWorkingDays()
              ? RunCalendar.businessDaysAfter(file.day(), feed.mirrorLagDays())
              : file.day().plusDays(feed.mirrorLagDays());
      if (day.isAfter(calendar.asOf())) {
        continue;
      }
      PersonSet people = file.people();
      if (!feed.keepsLeavers()) {
        // Someone who left between the file and its copy is not copied into a serving-only system.
        PersonSet.Builder gone = PersonSet.builder();
        careers.forEachLeaver(
            file.day().toEpochDay(), day.toEpochDay(), person -> gone.add(firstId + person));
        people = people.andNot(gone.build());
      }
      if (!people.isEmpty()) {
        deliveries.add(
            new Delivery(feed, file.run(), day, RunCalendar.at(day, feed.time()), people));
      }
    }
    return new Result(feed, List.copyOf(deliveries), new BitSet());
  }

  private PersonSet fullLoad(Feed feed, Enrolment enrolment, int run, long today, File file) {
    // A system that keeps leavers gets their records too: they are part of what it takes over.
    enrolment.forEachEntering(
        0,
        run,
        person -> {
          if (feed.keepsLeavers() || careers.servingOn(person, today)) {
            file.take(person);
          }
        });
    return file.build();
  }

  private PersonSet delta(
      Feed feed, Enrolment enrolment, int run, long before, long today, File file) {
    enrolment.forEachEntering(
        run,
        run,
        person -> {
          if (careers.servingOn(person, today)) {
            file.take(person);
          }
        });
    for (int person : careers.changersAt(run)) {
      if (enrolment.enteredBy(person, run - 1)
          && file.sentBefore(person)
          && careers.servingOn(person, today)) {
        file.take(person);
      }
    }
    if (feed.keepsLeavers()) {
      careers.forEachLeaver(
          before,
          today,
          person -> {
            if (file.sentBefore(person)) {
              file.take(person);
            }
          });
    }
    return file.build();
  }

  private PersonSet leavers(Enrolment enrolment, int run, long before, long today, File file) {
    careers.forEachLeaver(
        before,
        today,
        person -> {
          if (enrolment.enteredBy(person, run)) {
            file.take(person);
          }
        });
    return file.build();
  }

  /** One month's file being filled, keeping the feed's record of everyone it ever sent. */
  private final class File {
    private final PersonSet.Builder people = PersonSet.builder();
    private final BitSet sent;

    File(BitSet sent) {
      this.sent = sent;
    }

    void take(int person) {
      people.add(firstId + person);
      sent.set(person);
    }

    /** Sent in an earlier file (or already in this one). */
    boolean sentBefore(int person) {
      return sent.get(person);
    }

    PersonSet build() {
      return people.build();
    }
  }

  /**
   * The full monthly file, kept by set algebra rather than rebuilt person by person (a million
   * people's payroll is 36 files of 900,000): everyone in scope who has joined, less everyone who
   * left before the last file. Leavers since the last file are still in: it carries their final
   * pay.
   */
  private final class Refresh {
    private final Enrolment enrolment;
    private final BitSet sent;
    private PersonSet joined = PersonSet.empty();
    private PersonSet gone = PersonSet.empty();
    private long goneThrough = Long.MIN_VALUE;

    Refresh(Enrolment enrolment, BitSet sent) {
      this.enrolment = enrolment;
      this.sent = sent;
    }

    /** The file of {@code run}, whose entrants are those of runs {@code firstEntering..run}. */
    PersonSet next(int firstEntering, int run, long before) {
      PersonSet.Builder entering = PersonSet.builder();
      enrolment.forEachEntering(
          firstEntering,
          run,
          person -> {
            entering.add(firstId + person);
            if (before < careers.leftOn(person)) {
              sent.set(person);
            }
          });
      PersonSet.Builder left = PersonSet.builder();
      careers.forEachLeaver(goneThrough, before, person -> left.add(firstId + person));
      goneThrough = before;
      joined = joined.or(entering.build());
      gone = gone.or(left.build());
      return joined.andNot(gone);
    }
  }

  /** The first run on or after the agreement's start; the feed cannot predate its contract. */
  private int firstRun(Feed feed) {
    Agreement agreement = feed.agreement();
    int run = 0;
    while (agreement != null
        && run < RunCalendar.RUNS
        && calendar.day(run, feed.daysBefore()).isBefore(agreement.start())) {
      run++;
    }
    return run;
  }

  /** The last run on or before the agreement's end: an ended contract receives nothing more. */
  private int lastRun(Feed feed) {
    Agreement agreement = feed.agreement();
    int run = RunCalendar.RUNS - 1;
    while (agreement != null
        && agreement.end() != null
        && run >= 0
        && calendar.day(run, feed.daysBefore()).isAfter(agreement.end())) {
      run--;
    }
    return run;
  }
}
