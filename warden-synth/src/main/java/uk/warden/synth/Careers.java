package uk.warden.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;
import uk.warden.core.register.Person;
import uk.warden.core.register.PersonKind;

/**
 * Each person's working life over the three years of the custody history, as columns indexed like
 * the people (a million people take about ten megabytes): kind, unit, flags, the leaving day, the
 * run in which they joined and the runs in which something about them changed.
 *
 * <p>A person carries no start date, so joining is drawn here, from the spec's seed: about one in
 * eleven people joined during the three years, a few more than left. A leaver cannot join after
 * leaving, so one drawn that way was there from the start. Changes (promotion, a move, a new card
 * or a new name) come about once every seven years per person, which is what fills the monthly
 * delta files besides the joiners.
 */
final class Careers {

  static final double JOINER_SHARE = 0.09;
  static final double MONTHLY_CHANGE = 0.012;

  /** The leaving day of people who have not left: after every day of the history. */
  static final int NOT_LEFT = Integer.MAX_VALUE;

  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
  private static final PersonKind[] KINDS = PersonKind.values();

  private final byte[] kind;
  private final int[] leftOn;
  private final byte[] joinRun;
  private final short[] unit;
  private final byte[] flags;
  private final List<String> unitCodes;
  private final int[][] changersByRun;
  private final int[] leaversByDay;

  private Careers(Builder b) {
    this.kind = b.kind;
    this.leftOn = b.leftOn;
    this.joinRun = b.joinRun;
    this.unit = b.unit;
    this.flags = b.flags;
    this.unitCodes = List.copyOf(b.unitCodes);
    this.changersByRun = new int[RunCalendar.RUNS][];
    for (int run = 0; run < RunCalendar.RUNS; run++) {
      changersByRun[run] = b.changers[run].toArray();
    }
    this.leaversByDay = sortedByLeavingDay(b.leavers.toArray(), leftOn);
  }

  static Careers of(SyntheticForce force, RunCalendar calendar) {
    Builder builder = new Builder(force.spec().people());
    long seed = Seeds.derive(force.spec().seed(), "custody-careers");
    int[] index = {0};
    force.forEachPerson(person -> builder.add(index[0]++, person, seed, calendar));
    return new Careers(builder);
  }

  int size() {
    return kind.length;
  }

  PersonKind kind(int person) {
    return KINDS[kind[person]];
  }

  /** Epoch day of leaving, or {@link #NOT_LEFT}. */
  int leftOn(int person) {
    return leftOn[person];
  }

  /** Whether the person was still serving (had not left) on {@code epochDay}. */
  boolean servingOn(int person, long epochDay) {
    return epochDay < leftOn[person];
  }

  /** 0 for people there from the start, else the run in which they joined. */
  int joinRun(int person) {
    return joinRun[person];
  }

  String unitCode(int person) {
    return unitCodes.get(unit[person]);
  }

  int flagMask(int person) {
    return flags[person];
  }

  /** People something changed about in {@code run} (they may since have left; callers check). */
  int[] changersAt(int run) {
    return changersByRun[run];
  }

  /** Visits the people who left in {@code (afterDay, throughDay]}, in order of leaving. */
  void forEachLeaver(long afterDay, long throughDay, IntConsumer action) {
    int from = firstLeftAfter(afterDay);
    for (int i = from; i < leaversByDay.length && leftOn[leaversByDay[i]] <= throughDay; i++) {
      action.accept(leaversByDay[i]);
    }
  }

  private int firstLeftAfter(long day) {
    int lo = 0;
    int hi = leaversByDay.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (leftOn[leaversByDay[mid]] <= day) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static int[] sortedByLeavingDay(int[] leavers, int[] leftOn) {
    // (day, index) packed in a long sorts by day, then by index: stable and allocation-light.
    long[] keys = new long[leavers.length];
    for (int i = 0; i < leavers.length; i++) {
      keys[i] = ((long) leftOn[leavers[i]] << 32) | leavers[i];
    }
    Arrays.sort(keys);
    int[] sorted = new int[keys.length];
    for (int i = 0; i < keys.length; i++) {
      sorted[i] = (int) keys[i];
    }
    return sorted;
  }

  private static final class Builder {
    private final byte[] kind;
    private final int[] leftOn;
    private final byte[] joinRun;
    private final short[] unit;
    private final byte[] flags;
    private final List<String> unitCodes = new ArrayList<>();
    private final Map<String, Short> unitIndex = new HashMap<>();
    private final IntList[] changers = new IntList[RunCalendar.RUNS];
    private final IntList leavers = new IntList();

    Builder(int people) {
      kind = new byte[people];
      leftOn = new int[people];
      joinRun = new byte[people];
      unit = new short[people];
      flags = new byte[people];
      for (int run = 0; run < RunCalendar.RUNS; run++) {
        changers[run] = new IntList();
      }
    }

    void add(int index, Person person, long seed, RunCalendar calendar) {
      SplittableRandom rng = new SplittableRandom(Seeds.mix(seed + (index + 1L) * GOLDEN_GAMMA));
      kind[index] = (byte) person.kind().ordinal();
      LocalDate left = person.leavingDate();
      leftOn[index] = left == null ? NOT_LEFT : (int) left.toEpochDay();
      if (left != null) {
        leavers.add(index);
      }
      int joined = 0;
      if (rng.nextDouble() < JOINER_SHARE) {
        joined = 1 + rng.nextInt(RunCalendar.RUNS - 1);
        if (left != null && !calendar.anniversary(joined).isBefore(left)) {
          joined = 0;
        }
      }
      joinRun[index] = (byte) joined;
      String code = person.unitCode() == null ? "" : person.unitCode();
      unit[index] =
          unitIndex.computeIfAbsent(
              code,
              c -> {
                unitCodes.add(c);
                return (short) (unitCodes.size() - 1);
              });
      flags[index] = (byte) FlagMasks.of(person.flags());
      // Geometric gaps between changes: one draw per change rather than one per month.
      double logStay = Math.log1p(-MONTHLY_CHANGE);
      int run = joined + 1 + (int) (Math.log(1 - rng.nextDouble()) / logStay);
      while (run < RunCalendar.RUNS) {
        changers[run].add(index);
        run += 1 + (int) (Math.log(1 - rng.nextDouble()) / logStay);
      }
    }
  }

  /** A growable int array: a million boxed Integers would be the biggest thing here. */
  static final class IntList {
    private int[] values = new int[16];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int size() {
      return size;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
