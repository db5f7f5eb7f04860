package uk.warden.inspect.detect;

/**
 * A piece of personal data (or a secret) found in scanned text: its type, its span {@code [start,
 * end)} in that text, a score in [0, 1] and the explanation. It does not hold the matched text;
 * {@link #textIn} reads it back from the scanned text, so that a detection can be logged or shown
 * without leaking what it found.
 */
public record Detection(
    EntityType type, int start, int end, double score, Explanation explanation) {

  public Detection {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("a detection spans at least one character");
    }
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("a score lies in [0, 1]");
    }
  }

  public int length() {
    return end - start;
  }

  /** The matched text, read back from the text that was scanned. */
  public CharSequence textIn(CharSequence scanned) {
    return scanned.subSequence(start, end);
  }

  public boolean overlaps(Detection other) {
    return start < other.end && other.start < end;
  }

  /** Type, span, score and explanation; never the matched text, so it is safe to log. */
  @Override
  public String toString() {
    return String.format(
        java.util.Locale.ROOT,
        "Detection[%s %d..%d score=%.2f by %s/%s]",
        type,
        start,
        end,
        score,
        explanation.detector(),
        explanation.rule());
  }
}
