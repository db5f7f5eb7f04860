package uk.warden.synth.trace;

import java.util.Locale;

/**
 * The outcomes of one condition's trials. Right: traced to the extract the leak came from (for an
 * unrecorded extract: called unknown). Wrong: traced, confidently, to another extract. Ambiguous:
 * candidates named, none confidently. Unknown: nothing fits.
 *
 * @param truthAmongMatches the true extract was among the matches listed, traced or not
 */
public record TraceTally(
    LeakCondition condition,
    int trials,
    int right,
    int wrong,
    int ambiguous,
    int unknown,
    int truthAmongMatches,
    long slowestNanos) {

  public double rightShare() {
    return (double) right / trials;
  }

  public double wrongShare() {
    return (double) wrong / trials;
  }

  public static String heading() {
    return "condition                                    trials  right  wrong  ambiguous  unknown  listed";
  }

  public String line() {
    return String.format(
        Locale.ROOT,
        "%-44s %6d %5.1f%% %5.1f%% %9.1f%% %7.1f%% %6.1f%%",
        condition.describe(),
        trials,
        100.0 * right / trials,
        100.0 * wrong / trials,
        100.0 * ambiguous / trials,
        100.0 * unknown / trials,
        100.0 * truthAmongMatches / trials);
  }
}
