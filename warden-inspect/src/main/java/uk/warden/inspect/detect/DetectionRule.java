package uk.warden.inspect.detect;

/**
 * One way a detector recognises its type (a "pattern" in Presidio's terms), with the scores that go
 * with it. Detectors declare their rules as constants so that explanations name them.
 *
 * @param name short, stable name shown in explanations, such as {@code "3-3-4-grouped"}
 * @param baseScore the score of a candidate of this shape before validation and context
 * @param confirmedScore the score a {@link Validation#CONFIRMED} candidate is lifted to
 * @param contextRequired whether a candidate with no context word is dropped
 */
public record DetectionRule(
    String name, double baseScore, double confirmedScore, boolean contextRequired) {

  public DetectionRule {
    if (name.isBlank()) {
      throw new IllegalArgumentException("a rule needs a name");
    }
    checkScore(baseScore);
    checkScore(confirmedScore);
  }

  /** A rule whose confirmed candidates score 1.0 and that does not need context. */
  public static DetectionRule of(String name, double baseScore) {
    return new DetectionRule(name, baseScore, 1.0, false);
  }

  public DetectionRule confirmedAt(double score) {
    return new DetectionRule(name, baseScore, score, contextRequired);
  }

  public DetectionRule requiringContext() {
    return new DetectionRule(name, baseScore, confirmedScore, true);
  }

  private static void checkScore(double score) {
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("a score lies in [0, 1]");
    }
  }
}
