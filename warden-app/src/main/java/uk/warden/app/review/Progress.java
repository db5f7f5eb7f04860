package uk.warden.app.review;

import org.jspecify.annotations.Nullable;

/**
 * How far a review has got over one system ({@code systemCode} set) or the whole campaign: items,
 * how many confirmed and revoked.
 */
public record Progress(
    @Nullable String systemCode, @Nullable String owner, long total, long confirmed, long revoked) {

  public long decided() {
    return confirmed + revoked;
  }

  public boolean complete() {
    return decided() == total;
  }

  /** Whole per cent decided, rounded down so that 100 means every item. */
  public int percent() {
    return total == 0 ? 100 : (int) (decided() * 100 / total);
  }
}
