package uk.warden.inspect.detect;

import java.util.Set;

/**
 * A plug-in as a deployment would ship one: a public class with a no-argument constructor, listed
 * in {@code META-INF/services/uk.warden.inspect.detect.Detector} (here in the test resources). It
 * reports the made-up force reference "WRD-" plus four digits as a pay number.
 */
public final class ExamplePluginDetector implements Detector {

  static final DetectionRule REFERENCE = DetectionRule.of("wrd-reference", 0.7);

  @Override
  public EntityType type() {
    return EntityType.PAY_NUMBER;
  }

  @Override
  public Set<Anchor> anchors() {
    return Set.of(Anchor.UPPER);
  }

  @Override
  public WordFilter wordFilter() {
    return WordFilter.words(WordSet.of("WRD"));
  }

  @Override
  public void inspect(CharSequence text, int start, int wordEnd, CandidateSink sink) {
    if (Chars.charAt(text, wordEnd, '-') && Chars.digitsEnd(text, wordEnd + 1) == wordEnd + 5) {
      sink.report(start, wordEnd + 5, REFERENCE, Validation.NO_OPINION);
    }
  }
}
