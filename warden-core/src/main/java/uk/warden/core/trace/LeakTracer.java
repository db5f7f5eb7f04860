package uk.warden.core.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Names the past extracts a found file can have come from. The file may be any part of an extract,
 * with columns dropped or reordered, header lost, rows shuffled and values retyped. Canaries decide
 * outright; otherwise the people in the file weigh the extracts holding them (smallest first), and
 * the row order separates extracts of the same people when the file kept it. When the evidence does
 * not single one out, the answer says so rather than guess.
 */
public final class LeakTracer {

  /** The confidence a top match needs to be called traced. */
  public static final double TRACED = 0.9;

  /** Extracts near the top whose row order is compared with the leak's. */
  private static final int ORDER_CANDIDATES = 10;

  /** Candidates more than this many nats behind the best are not worth an order check. */
  private static final double ORDER_REACH = 25;

  private static final double ORDER_CAP = 500;
  private static final int SHOWN = 5;
  private static final double SHOWN_FROM = 0.01;

  private final ExtractIndex index;
  private final TraceKey key;

  public LeakTracer(ExtractIndex index, TraceKey key) {
    this.index = index;
    this.key = key;
  }

  /** Traces a table read from a found file, every row as read, a header row included if any. */
  public Trace trace(List<List<String>> rows) {
    ColumnRoles roles = LeakColumns.detect(rows, index, key);
    LeakRows leak = LeakRows.read(rows, roles, index, key);
    int[] counts = Containment.count(leak, index);
    ExtractScores scores = ExtractScores.weigh(leak, counts, index);
    Map<Integer, OrderFit> orders = weighOrder(leak, scores);

    List<String> evidence = new ArrayList<>();
    evidence.add(TraceWording.rows(leak));
    List<CanarySighting> sightings = new ArrayList<>();
    leak.canaries()
        .forEach(
            (e, seen) ->
                sightings.add(
                    new CanarySighting(index.extractId(e), seen.size(), index.canaries(e))));
    if (leak.recognised() == 0 && sightings.isEmpty()) {
      return new Trace(TraceVerdict.UNKNOWN, List.of(), List.of(), evidence);
    }
    TraceWording.order(leak, orders).ifPresent(evidence::add);

    List<TraceMatch> matches = new ArrayList<>();
    int holdingAll = 0;
    for (int count : counts) {
      holdingAll += leak.recognised() > 0 && count == leak.recognised() ? 1 : 0;
    }
    List<Integer> best = scores.best(SHOWN);
    for (int e : best) {
      double confidence = scores.confidence(e);
      if (matches.isEmpty() || confidence >= SHOWN_FROM) {
        matches.add(
            new TraceMatch(
                index.extractId(e),
                confidence,
                TraceWording.match(e, leak, counts[e], holdingAll, orders, index)));
      }
    }
    double top = matches.get(0).confidence();
    TraceVerdict verdict;
    if (scores.elsewhereConfidence() >= top) {
      verdict = TraceVerdict.UNKNOWN;
      evidence.add(
          String.format(
              Locale.ROOT,
              "the people fit a file from elsewhere (%.2f) at least as well as any past extract",
              scores.elsewhereConfidence()));
    } else {
      verdict = top >= TRACED ? TraceVerdict.TRACED : TraceVerdict.AMBIGUOUS;
      int first = best.get(0);
      if (verdict == TraceVerdict.TRACED
          && !leak.canaries().containsKey(first)
          && !(orders.containsKey(first) && OrderFit.beatsChance(orders.get(first).lnChance()))) {
        evidence.add(
            "traced by its people alone: no canary or row order confirms it, and the same people"
                + " taken from the source by another route would look the same");
      }
    }
    return new Trace(verdict, matches, sightings, evidence);
  }

  /**
   * Compares the leak's order with the keyed order of each extract near the top, and adds the
   * order's weight to those it fits better than chance could.
   */
  private Map<Integer, OrderFit> weighOrder(LeakRows leak, ExtractScores scores) {
    Map<Integer, OrderFit> fits = new HashMap<>();
    List<Integer> candidates = scores.best(ORDER_CANDIDATES);
    if (candidates.isEmpty()) {
      return fits;
    }
    double reach = scores.score(candidates.get(0)) - ORDER_REACH;
    List<Integer> checked = new ArrayList<>();
    for (int e : candidates) {
      if (scores.score(e) >= reach) {
        checked.add(e);
      }
    }
    // Several candidates are tried: chance gets that many goes, so each must beat it by more.
    double tries = Math.log(checked.size());
    for (int e : checked) {
      OrderFit fit = OrderFit.of(positions(leak, e));
      if (fit.rows() < OrderFit.MIN_ROWS) {
        continue;
      }
      fits.put(e, fit);
      double chance = fit.lnChance() + tries;
      if (OrderFit.beatsChance(chance)) {
        scores.add(e, Math.min(ORDER_CAP, -chance));
      }
    }
    return fits;
  }

  /**
   * Each recognised row's place in extract e's keyed order, in leak order; rows e lacks left out.
   */
  private long[] positions(LeakRows leak, int e) {
    long salt = key.orderSalt(index.extractId(e));
    long[] positions = new long[leak.recognised()];
    int count = 0;
    for (long[] keys : leak.people()) {
      if (Containment.holds(keys, e, index)) {
        long primary = primaryIn(keys, e);
        positions[count++] = RowOrder.position(salt, primary);
      }
    }
    return Arrays.copyOf(positions, count);
  }

  /**
   * The key extract e ordered this person by: its highest-ranked key for them. The leak may have
   * lost that column, so the primaries its other keys were seen with are candidates too.
   */
  private long primaryIn(long[] keys, int e) {
    long primary = keys[0];
    for (long k : keys) {
      primary = KeyKind.outranks(k, primary) ? k : primary;
      for (long linked : index.primariesOf(k)) {
        if (KeyKind.outranks(linked, primary) && Containment.holds(linked, e, index)) {
          primary = linked;
        }
      }
    }
    return primary;
  }
}
