package uk.warden.synth.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import uk.warden.core.trace.LeakTracer;
import uk.warden.core.trace.MarkedExtract;
import uk.warden.core.trace.Trace;
import uk.warden.core.trace.TraceMatch;
import uk.warden.core.trace.TraceVerdict;

/**
 * Runs leak trials: for each condition, leaks cut from past extracts (half of them from monthly
 * series, the hard case) are traced and the outcome tallied against where each really came from.
 * The leaked extracts are a sample of the history, marked once: marking is the costly part.
 */
public final class TraceEvaluation {

  private final LeakTracer tracer;
  private final List<MarkedExtract> recorded = new ArrayList<>();
  private final List<MarkedExtract> series = new ArrayList<>();
  private final List<MarkedExtract> unrecorded = new ArrayList<>();

  public TraceEvaluation(ExtractHistory history, LeakTracer tracer, int sample, long seed) {
    this.tracer = tracer;
    Random random = new Random(seed);
    List<PastExtract> inSeries = history.recorded().stream().filter(e -> e.series() >= 0).toList();
    for (int i = 0; i < sample; i++) {
      recorded.add(history.mark(pick(history.recorded(), random)));
      series.add(history.mark(pick(inSeries, random)));
      unrecorded.add(history.mark(pick(history.unrecorded(), random)));
    }
  }

  public List<TraceTally> run(List<LeakCondition> conditions, int trials, long seed) {
    Random random = new Random(seed);
    List<TraceTally> tallies = new ArrayList<>(conditions.size());
    for (LeakCondition condition : conditions) {
      int right = 0;
      int wrong = 0;
      int ambiguous = 0;
      int unknown = 0;
      int listed = 0;
      long slowest = 0;
      for (int t = 0; t < trials; t++) {
        MarkedExtract truth = pick(condition, random);
        String truthId = truth.fingerprint().extractId();
        List<List<String>> leak = LeakMaker.cut(truth, condition, random);
        long start = System.nanoTime();
        Trace trace = tracer.trace(leak);
        slowest = Math.max(slowest, System.nanoTime() - start);
        boolean traced = trace.verdict() == TraceVerdict.TRACED;
        boolean toTruth = traced && trace.matches().get(0).extractId().equals(truthId);
        if (trace.verdict() == TraceVerdict.AMBIGUOUS) {
          ambiguous++;
        } else if (trace.verdict() == TraceVerdict.UNKNOWN) {
          unknown++;
          right += condition.recorded() ? 0 : 1;
        } else if (toTruth) {
          right++;
        } else {
          wrong++;
        }
        if (trace.matches().stream().map(TraceMatch::extractId).anyMatch(truthId::equals)) {
          listed++;
        }
      }
      if (!condition.recorded()) {
        unknown -= right;
      }
      tallies.add(
          new TraceTally(condition, trials, right, wrong, ambiguous, unknown, listed, slowest));
    }
    return tallies;
  }

  private MarkedExtract pick(LeakCondition condition, Random random) {
    if (!condition.recorded()) {
      return pick(unrecorded, random);
    }
    return pick(random.nextBoolean() ? series : recorded, random);
  }

  private static <T> T pick(List<T> from, Random random) {
    return from.get(random.nextInt(from.size()));
  }
}
