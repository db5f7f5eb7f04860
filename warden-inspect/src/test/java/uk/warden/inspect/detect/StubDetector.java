package uk.warden.inspect.detect;

import java.util.Set;

/**
 * A detector for engine tests: at every word equal to its trigger it reports the span {@code [start
 * + from, start + to)} with a fixed rule and validation.
 */
final class StubDetector implements Detector {

  private final String name;
  private final EntityType type;
  private final String trigger;
  private final int from;
  private final int to;
  private final DetectionRule rule;
  private final Validation validation;
  private final ContextWords context;

  StubDetector(
      String name,
      EntityType type,
      String trigger,
      int from,
      int to,
      DetectionRule rule,
      Validation validation,
      ContextWords context) {
    this.name = name;
    this.type = type;
    this.trigger = trigger;
    this.from = from;
    this.to = to;
    this.rule = rule;
    this.validation = validation;
    this.context = context;
  }

  static StubDetector reporting(String name, String trigger, int from, int to, double score) {
    return new StubDetector(
        name,
        EntityType.SECRET,
        trigger,
        from,
        to,
        DetectionRule.of(name + "-rule", score),
        Validation.NO_OPINION,
        ContextWords.none());
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public EntityType type() {
    return type;
  }

  @Override
  public Set<Anchor> anchors() {
    return Set.of(Anchor.UPPER, Anchor.LOWER, Anchor.DIGIT);
  }

  @Override
  public ContextWords contextWords() {
    return context;
  }

  @Override
  public void inspect(CharSequence text, int start, int wordEnd, CandidateSink sink) {
    if (text.subSequence(start, wordEnd).toString().equals(trigger)) {
      sink.report(start + from, start + to, rule, validation);
    }
  }
}
