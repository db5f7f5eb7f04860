package uk.warden.inspect.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every detector must do, whatever it detects (after JUnit's {@code EqualsContract}): a
 * detector's test implements this interface, supplies the detector and a few texts it must find
 * something in, and inherits these tests.
 */
public interface DetectorContract {

  /** The detector under test. */
  Detector detector();

  /** Texts that each hold at least one thing this detector must report. */
  List<String> examples();

  /** Text around the examples, to check spans and scores away from the start of the input. */
  String NOISE = "Lorem ipsum 12 34, ref: A-1; @ x@y \u00e9t\u00e9 \t\n";

  default List<Detection> scan(String text) {
    return TextScanner.of(List.of(detector())).scan(text);
  }

  private List<String> examplesInNoise() {
    List<String> texts = new ArrayList<>();
    for (String example : examples()) {
      texts.add(example);
      texts.add(NOISE + example + " " + NOISE);
    }
    return texts;
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "   ", "\t", "\n", "\r\n", " \t \n "})
  default void findsNothingInEmptyOrWhitespace(String blank) {
    assertThat(scan(blank)).isEmpty();
  }

  @Test
  default void findsSomethingInEachExample() {
    for (String example : examplesInNoise()) {
      assertThat(scan(example))
          .as("detections in an example")
          .anyMatch(d -> d.type() == detector().type());
    }
  }

  @Test
  default void spansLieInsideTheInput() {
    for (String example : examplesInNoise()) {
      for (Detection detection : scan(example)) {
        assertThat(detection.start()).isBetween(0, example.length() - 1);
        assertThat(detection.end()).isBetween(detection.start() + 1, example.length());
      }
    }
  }

  @Test
  default void scoresLieBetweenZeroAndOne() {
    for (String example : examplesInNoise()) {
      for (Detection detection : scan(example)) {
        assertThat(detection.score()).isBetween(0.0, 1.0);
        assertThat(detection.explanation().baseScore()).isBetween(0.0, 1.0);
        assertThat(detection.explanation().boost()).isBetween(0.0, 1.0);
      }
    }
  }

  @Test
  default void everyDetectionExplainsItself() {
    for (String example : examplesInNoise()) {
      for (Detection detection : scan(example)) {
        Explanation explanation = detection.explanation();
        assertThat(explanation).isNotNull();
        assertThat(explanation.detector()).isEqualTo(detector().name());
        assertThat(explanation.rule()).isNotBlank();
        assertThat(explanation.validation()).isNotEqualTo(Validation.REJECTED);
        assertThat(detection.type()).isEqualTo(detector().type());
      }
    }
  }

  @Test
  default void toStringNeverShowsTheMatchedText() {
    for (String example : examplesInNoise()) {
      for (Detection detection : scan(example)) {
        String matched = detection.textIn(example).toString();
        assertThat(detection.toString()).doesNotContain(matched);
        assertThat(detection.explanation().toString()).doesNotContain(matched);
      }
    }
  }

  @Test
  default void resultsAreInTextOrderWithoutOverlaps() {
    for (String example : examplesInNoise()) {
      List<Detection> found = scan(example);
      for (int i = 1; i < found.size(); i++) {
        assertThat(found.get(i).start()).isGreaterThanOrEqualTo(found.get(i - 1).end());
      }
    }
  }

  @Test
  default void declaresAnchorsAndAName() {
    assertThat(detector().anchors()).isNotEmpty();
    assertThat(detector().name()).isNotBlank();
    assertThat(detector().wordFilter()).isNotNull();
  }
}
