package uk.warden.synth;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.warden.core.custody.DeletionScope;
import uk.warden.core.custody.PersonSet;
import uk.warden.synth.FeedRunner.Delivery;
import uk.warden.synth.FeedRunner.Result;

/**
 * The deletions a party attests for one feed, each after what it destroys and never after the as-of
 * day: a superseded file a few working days after its successor arrived, leavers a quarter after
 * they left, everything once an engagement closed. Evidence texts cite a log or certificate
 * reference and a role, never a person's name.
 */
final class Attestations {

  /** Leavers are erased in the monthly run a quarter after they left. */
  static final int ERASURE_LAG_RUNS = 3;

  /** Working days a party takes to destroy a superseded file, or to run an erasure. */
  static final int FILE_DELETION_DAYS = 3;

  static final int ERASURE_DAYS = 5;

  /** Months between a round's last file and its certificate: analysis and reporting. */
  static final int CLOSING_MONTHS = 2;

  private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("yyyy-MM");

  /**
   * A deletion before ids exist: either a core scope, or the file it destroys (whose transfer id is
   * only known once the history is sorted).
   */
  record Draft(
      String party,
      Instant at,
      @Nullable DeletionScope scope,
      @Nullable Delivery file,
      String evidence) {}

  private final Careers careers;
  private final RunCalendar calendar;
  private final int firstId;
  private final long seed;

  Attestations(Careers careers, RunCalendar calendar, int firstId, long seed) {
    this.careers = careers;
    this.calendar = calendar;
    this.firstId = firstId;
    this.seed = seed;
  }

  List<Draft> plan(Result result) {
    return switch (result.feed().attestation()) {
      case NONE -> List.of();
      case SUPERSEDED_FILES -> supersededFiles(result);
      case LEAVER_ERASURE -> leaverErasures(result);
      case CLOSING_CERTIFICATE -> closingCertificate(result);
    };
  }

  private List<Draft> supersededFiles(Result result) {
    List<Draft> drafts = new ArrayList<>();
    List<Delivery> files = result.deliveries();
    for (int i = 0; i + 1 < files.size(); i++) {
      Delivery old = files.get(i);
      LocalDate day = RunCalendar.businessDaysAfter(files.get(i + 1).day(), FILE_DELETION_DAYS);
      if (!day.isAfter(calendar.asOf())) {
        drafts.add(
            new Draft(
                result.feed().party(),
                RunCalendar.at(day, LocalTime.of(11, 10)),
                null,
                old,
                "Deletion log entry FD-"
                    + PERIOD.format(old.day())
                    + ": the monthly file was destroyed once its successor had been processed"));
      }
    }
    return drafts;
  }

  private List<Draft> leaverErasures(Result result) {
    List<Draft> drafts = new ArrayList<>();
    for (Delivery file : result.deliveries()) {
      LocalDate day = RunCalendar.businessDaysAfter(file.day(), ERASURE_DAYS);
      if (day.isAfter(calendar.asOf())) {
        continue;
      }
      // Consecutive anniversaries, so every leaver falls in exactly one erasure.
      long after = calendar.anniversary(file.run() - ERASURE_LAG_RUNS - 1).toEpochDay();
      long through = calendar.anniversary(file.run() - ERASURE_LAG_RUNS).toEpochDay();
      PersonSet.Builder leavers = PersonSet.builder();
      careers.forEachLeaver(
          after,
          through,
          person -> {
            if (result.sent().get(person)) {
              leavers.add(firstId + person);
            }
          });
      PersonSet erased = leavers.build();
      if (!erased.isEmpty()) {
        drafts.add(
            new Draft(
                result.feed().party(),
                RunCalendar.at(day, LocalTime.of(14, 20)),
                new DeletionScope.People(erased),
                null,
                "Erasure report ER-"
                    + PERIOD.format(day)
                    + ": records of people who left a quarter ago erased, signed off by the"
                    + " supplier's data protection officer"));
      }
    }
    return drafts;
  }

  private List<Draft> closingCertificate(Result result) {
    List<Delivery> files = result.deliveries();
    if (files.isEmpty()) {
      return List.of();
    }
    LocalDate closed =
        RunCalendar.businessDaysAfter(
            files.get(files.size() - 1).day().plusMonths(CLOSING_MONTHS), 2);
    if (closed.isAfter(calendar.asOf())) {
      return List.of();
    }
    long serial = Math.floorMod(Seeds.derive(seed, "certificate/" + result.feed().key()), 999) + 1;
    return List.of(
        new Draft(
            result.feed().party(),
            RunCalendar.at(closed, LocalTime.of(16, 5)),
            new DeletionScope.All(),
            null,
            String.format(
                "Certificate of destruction DC-%d-%04d: all force data, backups included,"
                    + " destroyed at the close of the engagement; signed by the supplier's"
                    + " managing director",
                closed.getYear(), serial)));
  }
}
