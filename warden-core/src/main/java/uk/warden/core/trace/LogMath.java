package uk.warden.core.trace;

/** Logarithms of the counts and tail probabilities the tracer weighs evidence with, in nats. */
final class LogMath {

  private static final int TABLE = 256;
  private static final double[] LN_FACTORIAL = new double[TABLE];
  private static final double HALF_LN_TWO_PI = 0.5 * Math.log(2 * Math.PI);

  static {
    for (int n = 1; n < TABLE; n++) {
      LN_FACTORIAL[n] = LN_FACTORIAL[n - 1] + Math.log(n);
    }
  }

  private LogMath() {}

  static double lnFactorial(long n) {
    if (n < TABLE) {
      return LN_FACTORIAL[(int) n];
    }
    // Stirling's series: beyond 256 its error is below 1e-12.
    double x = n;
    return x * Math.log(x)
        - x
        + HALF_LN_TWO_PI
        + 0.5 * Math.log(x)
        + 1 / (12 * x)
        - 1 / (360 * x * x * x);
  }

  /** ln(n! / (n - k)!): the ways to draw k distinct rows in order from n. */
  static double lnFalling(long n, long k) {
    return lnFactorial(n) - lnFactorial(n - k);
  }

  /**
   * ln P(Z >= z) for a standard normal Z, accurate far into the tail where the probability itself
   * underflows: from the Chebyshev fit of erfc in Numerical Recipes (relative error below 1.2e-7).
   */
  static double lnUpperTail(double z) {
    double x = Math.abs(z) / Math.sqrt(2);
    double t = 1 / (1 + 0.5 * x);
    double poly =
        -1.26551223
            + t
                * (1.00002368
                    + t
                        * (0.37409196
                            + t
                                * (0.09678418
                                    + t
                                        * (-0.18628806
                                            + t
                                                * (0.27886807
                                                    + t
                                                        * (-1.13520398
                                                            + t
                                                                * (1.48851587
                                                                    + t
                                                                        * (-0.82215223
                                                                            + t
                                                                                * 0.17087277))))))));
    double lnErfc = Math.log(t) - x * x + poly;
    double lnTail = lnErfc - Math.log(2);
    return z >= 0 ? lnTail : Math.log1p(-Math.exp(lnTail));
  }

  static double logSumExp(double[] values, double extra) {
    double max = extra;
    for (double v : values) {
      max = Math.max(max, v);
    }
    double sum = Math.exp(extra - max);
    for (double v : values) {
      sum += Math.exp(v - max);
    }
    return max + Math.log(sum);
  }
}
