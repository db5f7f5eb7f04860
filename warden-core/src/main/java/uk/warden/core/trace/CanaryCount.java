package uk.warden.core.trace;

/**
 * How many canaries an extract carries: a share of its rows, between a floor and a ceiling. The
 * floor keeps small extracts traceable from a part; the ceiling keeps a large extract's canaries a
 * sliver of its rows, and canaries are what a recipient might notice.
 */
public record CanaryCount(int min, int max, double share) {

  /** 3 to 25 canaries, about 1 row in 200. */
  public static final CanaryCount STANDARD = new CanaryCount(3, 25, 0.005);

  public CanaryCount {
    if (min < 0 || max < min || share < 0 || share > 1) {
      throw new IllegalArgumentException(
          "canary count needs 0 <= min <= max and a share in [0, 1]");
    }
  }

  public int forRows(int rows) {
    return (int) Math.min(max, Math.max(min, Math.ceil(rows * share)));
  }
}
