package uk.warden.synth.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import uk.warden.core.trace.CanaryCount;
import uk.warden.core.trace.ExtractIndex;
import uk.warden.core.trace.ExtractMarker;
import uk.warden.core.trace.MarkedExtract;
import uk.warden.core.trace.TraceKey;

/**
 * Past extracts of a workforce, each marked and its fingerprint indexed as Warden would. Two in
 * five belong to monthly series: twelve extracts to one party of nearly the same people (2% churn a
 * month), the case only canaries and row order can tell apart. The rest are one-offs: whole units,
 * or people picked across the force, from 50 to 5,000 (log-uniform).
 *
 * <p>One extract in twenty is generated but never indexed: a leak of one of those must not be
 * traced to a recorded extract.
 */
public final class ExtractHistory {

  private static final int MONTHS = 12;
  private static final double CHURN = 0.02;
  private static final int UNRECORDED_EVERY = 20;
  private static final int MARKING_BATCH = 256;

  private final Workforce workforce;
  private final ExtractMarker marker;
  private final ExtractIndex index = new ExtractIndex();
  private final List<PastExtract> recorded = new ArrayList<>();
  private final List<PastExtract> unrecorded = new ArrayList<>();

  private ExtractHistory(Workforce workforce, TraceKey key) {
    this.workforce = workforce;
    this.marker = new ExtractMarker(key, CanaryCount.STANDARD);
  }

  public static ExtractHistory generate(
      Workforce workforce, int extracts, TraceKey key, long seed) {
    ExtractHistory history = new ExtractHistory(workforce, key);
    Random random = new Random(seed);
    List<PastExtract> all = new ArrayList<>(extracts);
    int series = 0;
    while (all.size() < extracts) {
      if (random.nextInt(5) < 2) {
        all.addAll(history.series(series++, Math.min(MONTHS, extracts - all.size()), random));
      } else {
        all.add(history.oneOff(all.size(), random));
      }
    }
    for (int i = 0; i < all.size(); i++) {
      (i % UNRECORDED_EVERY == UNRECORDED_EVERY - 1 ? history.unrecorded : history.recorded)
          .add(all.get(i));
    }
    history.markAndIndex();
    return history;
  }

  /** Marks in parallel batches (marking is most of the setup), indexes in order. */
  private void markAndIndex() {
    for (int from = 0; from < recorded.size(); from += MARKING_BATCH) {
      int to = Math.min(recorded.size(), from + MARKING_BATCH);
      IntStream.range(from, to)
          .parallel()
          .mapToObj(i -> mark(recorded.get(i)).fingerprint())
          .toList()
          .forEach(index::add);
    }
  }

  public MarkedExtract mark(PastExtract extract) {
    return marker.mark(extract.id(), extract.header(), extract.rows(workforce), workforce::inUse);
  }

  public ExtractIndex index() {
    return index;
  }

  public List<PastExtract> recorded() {
    return recorded;
  }

  public List<PastExtract> unrecorded() {
    return unrecorded;
  }

  public long rows() {
    return recorded.stream().mapToLong(e -> e.people().length).sum();
  }

  private List<PastExtract> series(int number, int months, Random random) {
    int[] columns = columns(random);
    Set<Integer> people = new LinkedHashSet<>();
    for (int p : pickPeople(random)) {
      people.add(p);
    }
    List<PastExtract> extracts = new ArrayList<>(months);
    for (int month = 1; month <= months; month++) {
      extracts.add(
          new PastExtract(
              "series-" + number + "-m" + month,
              people.stream().mapToInt(Integer::intValue).toArray(),
              columns,
              number));
      List<Integer> current = new ArrayList<>(people);
      int churn = (int) Math.ceil(current.size() * CHURN);
      for (int i = 0; i < churn; i++) {
        people.remove(current.get(random.nextInt(current.size())));
        people.add(random.nextInt(workforce.size()));
      }
    }
    return extracts;
  }

  private PastExtract oneOff(int number, Random random) {
    return new PastExtract("extract-" + number, pickPeople(random), columns(random), -1);
  }

  /** A unit or a few (half the time), or people across the force, in workforce order. */
  private int[] pickPeople(Random random) {
    if (random.nextBoolean()) {
      int units = 1 + random.nextInt(3);
      int first = random.nextInt(Workforce.UNITS);
      return IntStream.range(0, workforce.size())
          .filter(p -> (Workforce.unitOf(p) - first + Workforce.UNITS) % Workforce.UNITS < units)
          .toArray();
    }
    int size = (int) Math.round(Math.exp(Math.log(50) + random.nextDouble() * Math.log(100)));
    return random
        .ints(0, workforce.size())
        .distinct()
        .limit(Math.min(size, workforce.size()))
        .sorted()
        .toArray();
  }

  /** At least one identifying column; the rest as suppliers' agreements vary. */
  private static int[] columns(Random random) {
    boolean pay = random.nextInt(100) < 85;
    boolean names = random.nextInt(100) < 90 || !pay;
    boolean photo = random.nextInt(100) < 30;
    List<Integer> columns = new ArrayList<>();
    if (pay) {
      columns.add(Workforce.PAY);
    }
    if (names) {
      columns.add(Workforce.SURNAME);
      columns.add(Workforce.FORENAMES);
    }
    if (random.nextInt(100) < 70) {
      columns.add(3);
    }
    if (random.nextInt(100) < 60) {
      columns.add(4);
    }
    if (photo) {
      columns.add(Workforce.PHOTO);
    }
    if (random.nextInt(100) < 30) {
      columns.add(6);
    }
    int[] result = columns.stream().mapToInt(Integer::intValue).toArray();
    Arrays.sort(result);
    return result;
  }
}
