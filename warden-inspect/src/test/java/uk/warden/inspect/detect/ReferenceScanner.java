package uk.warden.inspect.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The scanner without any of its speed: every detector is offered every word at its anchors, every
 * candidate's context is read afresh from the text, and overlaps are resolved by brute force. The
 * real {@link TextScanner} must give exactly the same answers.
 */
final class ReferenceScanner {

  private final List<Detector> detectors;

  ReferenceScanner(List<Detector> detectors) {
    this.detectors = List.copyOf(detectors);
  }

  List<Detection> scan(String text, String header) {
    List<Detection> found = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '@') {
        offer(Anchor.AT_SIGN, text, i, i + 1, header, found);
      }
      if (Chars.isWordChar(c) && Chars.boundaryBefore(text, i)) {
        int end = i + 1;
        while (end < text.length() && Chars.isWordChar(text.charAt(end))) {
          end++;
        }
        Anchor anchor =
            Chars.isDigit(c)
                ? Anchor.DIGIT
                : Chars.isUpper(c) ? Anchor.UPPER : Chars.isLower(c) ? Anchor.LOWER : null;
        if (anchor != null) {
          offer(anchor, text, i, end, header, found);
        }
      }
    }
    return resolve(found);
  }

  private void offer(
      Anchor anchor, String text, int start, int end, String header, List<Detection> found) {
    for (Detector detector : detectors) {
      if (detector.anchors().contains(anchor)) {
        detector.inspect(
            text,
            start,
            end,
            (from, to, rule, validation) ->
                score(detector, text, header, from, to, rule, validation, found));
      }
    }
  }

  private static void score(
      Detector detector,
      String text,
      String header,
      int start,
      int end,
      DetectionRule rule,
      Validation validation,
      List<Detection> found) {
    if (validation == Validation.REJECTED || start < 0 || end > text.length() || end <= start) {
      return;
    }
    double score =
        validation == Validation.CONFIRMED
            ? Math.max(rule.baseScore(), rule.confirmedScore())
            : rule.baseScore();
    ContextWords context = detector.contextWords();
    WordWindow before = new WordWindow();
    before.loadBefore(text, start);
    ContextWords.Found positive = context.positiveIn(before);
    if (positive == null && !header.isEmpty()) {
      String phrase = context.positiveInHeader(header);
      positive = phrase == null ? null : new ContextWords.Found(phrase, 0);
    }
    String word = null;
    double boost = 0.0;
    if (positive != null) {
      word = positive.phrase();
      double boosted =
          Math.min(1.0, Math.max(score + context.boostAt(positive.distance()), ContextWords.FLOOR));
      boost = boosted - score;
      score = boosted;
    } else if (rule.contextRequired()) {
      return;
    } else {
      WordWindow again = new WordWindow();
      again.loadBefore(text, start);
      if (context.negativeIn(again) != null) {
        return;
      }
    }
    Explanation explanation =
        new Explanation(detector.name(), rule.name(), rule.baseScore(), validation, word, boost);
    found.add(new Detection(detector.type(), start, end, score, explanation));
  }

  private static List<Detection> resolve(List<Detection> found) {
    List<Detection> byStrength = new ArrayList<>(found);
    byStrength.sort(
        Comparator.comparingDouble(Detection::score)
            .reversed()
            .thenComparing(Comparator.comparingInt(Detection::length).reversed())
            .thenComparingInt(Detection::start)
            .thenComparing(d -> d.type().ordinal()));
    List<Detection> kept = new ArrayList<>();
    for (Detection candidate : byStrength) {
      if (kept.stream().noneMatch(candidate::overlaps)) {
        kept.add(candidate);
      }
    }
    kept.sort(Comparator.comparingInt(Detection::start));
    return kept;
  }
}
