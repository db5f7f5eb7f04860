package uk.warden.core.trace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The weight of evidence for each past extract, and for "from elsewhere", as log probabilities.
 *
 * <p>If a leak came from extract E of n people, each of its rows is one of E's (or, rarely, noise
 * added to it), so m distinct rows all in E have probability 1 / (n (n-1) ... (n-m+1)): the
 * smallest extract holding them all fits best, and each row E lacks costs it heavily. A partial
 * leak is not penalised for the rows it lacks; only for rows E never had. "From elsewhere" is a
 * file of people from anywhere in the population, half of them ours. Canaries and a matching row
 * order multiply the odds, and the scores become probabilities by normalising over all.
 */
final class ExtractScores {

  /** Share of a leaked file's rows that did not come from its extract. */
  private static final double NOISE = 0.01;

  /** Prior that a found file came from no recorded extract. */
  private static final double ELSEWHERE = 0.05;

  /** Under "from elsewhere", the share of rows that are our people. */
  private static final double OURS_ELSEWHERE = 0.5;

  /** A canary exists only in its extract: each one seen is overwhelming evidence. */
  static final double CANARY_NATS = 30;

  private final double[] scores;
  private final double elsewhere;
  private double total = Double.NaN;

  private ExtractScores(double[] scores, double elsewhere) {
    this.scores = scores;
    this.elsewhere = elsewhere;
  }

  static ExtractScores weigh(LeakRows leak, int[] counts, ExtractIndex index) {
    int extracts = index.extractCount();
    int m = leak.recognised();
    long population = Math.max(index.distinctPeople(), m + 1L);
    int u = leak.unrecognised();
    double prior = Math.log((1 - ELSEWHERE) / Math.max(1, extracts));
    double missing = Math.log(NOISE / population);
    double[] scores = new double[extracts];
    for (int e = 0; e < extracts; e++) {
      int n = index.people(e);
      int c = Math.min(counts[e], n);
      scores[e] =
          prior
              - LogMath.lnFalling(n, c)
              + c * Math.log1p(-NOISE)
              + (m - c) * missing
              + u * Math.log(NOISE);
    }
    leak.canaries().forEach((e, seen) -> scores[e] += CANARY_NATS * seen.size());
    double elsewhere =
        Math.log(ELSEWHERE)
            - LogMath.lnFalling(population, m)
            + m * Math.log(OURS_ELSEWHERE)
            + u * Math.log1p(-OURS_ELSEWHERE);
    return new ExtractScores(scores, elsewhere);
  }

  void add(int ordinal, double nats) {
    scores[ordinal] += nats;
    total = Double.NaN;
  }

  double score(int ordinal) {
    return scores[ordinal];
  }

  double confidence(int ordinal) {
    return Math.exp(scores[ordinal] - total());
  }

  double elsewhereConfidence() {
    return Math.exp(elsewhere - total());
  }

  /** The best {@code limit} extracts, best first. */
  List<Integer> best(int limit) {
    List<Integer> best = new ArrayList<>(limit + 1);
    Comparator<Integer> byScore = Comparator.comparingDouble(e -> -scores[e]);
    for (int e = 0; e < scores.length; e++) {
      if (best.size() < limit || scores[e] > scores[best.get(best.size() - 1)]) {
        best.add(e);
        best.sort(byScore);
        if (best.size() > limit) {
          best.remove(limit);
        }
      }
    }
    return best;
  }

  private double total() {
    if (Double.isNaN(total)) {
      total = LogMath.logSumExp(scores, elsewhere);
    }
    return total;
  }
}
