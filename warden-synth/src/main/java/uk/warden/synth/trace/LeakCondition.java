package uk.warden.synth.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a leak is cut from its extract. Every leak also has columns dropped and reordered (keeping at
 * least one identifying column), its header kept, renamed or lost, and half of them retyped.
 *
 * @param share of the extract's rows that leak (at least one row)
 * @param shuffled rows out of the extract's order
 * @param canaries canary rows leak like any other; otherwise the leak holds real rows only
 * @param recorded from an extract in the index; otherwise from one never recorded
 */
public record LeakCondition(double share, boolean shuffled, boolean canaries, boolean recorded) {

  public static final double[] SHARES = {0.01, 0.05, 0.10, 0.25, 0.50, 1.00};

  /** Every share, ordered and shuffled, with and without canaries; then unrecorded extracts. */
  public static List<LeakCondition> standard() {
    List<LeakCondition> conditions = new ArrayList<>();
    for (boolean canaries : new boolean[] {true, false}) {
      for (boolean shuffled : new boolean[] {false, true}) {
        for (double share : SHARES) {
          conditions.add(new LeakCondition(share, shuffled, canaries, true));
        }
      }
    }
    conditions.add(new LeakCondition(0.25, true, false, false));
    conditions.add(new LeakCondition(1.00, false, false, false));
    return conditions;
  }

  public String describe() {
    return String.format(
        Locale.ROOT,
        "%s %3.0f%% %-8s %-11s",
        recorded ? "recorded  " : "UNRECORDED",
        share * 100,
        shuffled ? "shuffled" : "in order",
        canaries ? "canaries" : "no canaries");
  }
}
