package uk.warden.inspect.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.warden.inspect.detect.uk.UkNhsNumberDetector;

class TextScannerTests {

  @Test
  void resolvesOverlapsInFavourOfTheHigherScore() {
    TextScanner scanner =
        TextScanner.of(
            List.of(
                StubDetector.reporting("weak", "abcdef", 0, 6, 0.4),
                StubDetector.reporting("strong", "abcdef", 2, 4, 0.9)));
    List<Detection> found = scanner.scan("abcdef");
    assertThat(found)
        .singleElement()
        .satisfies(d -> assertThat(d.explanation().detector()).isEqualTo("strong"));
  }

  @Test
  void prefersTheLongerSpanWhenScoresTie() {
    TextScanner scanner =
        TextScanner.of(
            List.of(
                StubDetector.reporting("short", "abcdef", 0, 3, 0.5),
                StubDetector.reporting("long", "abcdef", 0, 6, 0.5)));
    assertThat(scanner.scan("abcdef"))
        .singleElement()
        .satisfies(d -> assertThat(d.explanation().detector()).isEqualTo("long"));
  }

  @Test
  void keepsNonOverlappingDetectionsInTextOrder() {
    TextScanner scanner =
        TextScanner.of(
            List.of(
                StubDetector.reporting("a", "two", 0, 3, 0.5),
                StubDetector.reporting("b", "one", 0, 3, 0.9)));
    List<Detection> found = scanner.scan("one two one");
    assertThat(found).extracting(Detection::start).containsExactly(0, 4, 8);
  }

  @Test
  void dropsRejectedCandidatesAndSpansOutsideTheText() {
    Detector rejecting =
        new StubDetector(
            "rejecting",
            EntityType.SECRET,
            "word",
            0,
            4,
            DetectionRule.of("r", 0.9),
            Validation.REJECTED,
            ContextWords.none());
    Detector runaway = StubDetector.reporting("runaway", "word", -3, 99, 0.9);
    Detector empty = StubDetector.reporting("empty", "word", 2, 2, 0.9);
    assertThat(TextScanner.of(List.of(rejecting, runaway, empty)).scan("a word")).isEmpty();
  }

  @Test
  void liftsConfirmedCandidatesToTheConfirmedScore() {
    Detector confirming =
        new StubDetector(
            "confirming",
            EntityType.SECRET,
            "word",
            0,
            4,
            DetectionRule.of("r", 0.3).confirmedAt(0.8),
            Validation.CONFIRMED,
            ContextWords.none());
    assertThat(TextScanner.of(List.of(confirming)).scan("word"))
        .singleElement()
        .satisfies(d -> assertThat(d.score()).isEqualTo(0.8));
  }

  @Test
  void boostsByContextAndShrinksTheBoostWithDistance() {
    Detector withContext =
        new StubDetector(
            "ctx",
            EntityType.SECRET,
            "word",
            0,
            4,
            DetectionRule.of("r", 0.3),
            Validation.NO_OPINION,
            ContextWords.of("key"));
    TextScanner scanner = TextScanner.of(List.of(withContext));
    Detection near = scanner.scan("key word").get(0);
    Detection far = scanner.scan("key a b word").get(0);
    assertThat(near.score()).isCloseTo(0.65, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(near.explanation().contextWord()).isEqualTo("key");
    assertThat(far.score()).isLessThan(near.score()).isGreaterThan(0.3);
    assertThat(scanner.scan("word").get(0).score()).isEqualTo(0.3);
  }

  @Test
  void dropsCandidatesThatRequireContextWithoutIt() {
    Detector required =
        new StubDetector(
            "required",
            EntityType.SECRET,
            "word",
            0,
            4,
            DetectionRule.of("r", 0.3).requiringContext(),
            Validation.NO_OPINION,
            ContextWords.of("key"));
    TextScanner scanner = TextScanner.of(List.of(required));
    assertThat(scanner.scan("the word")).isEmpty();
    assertThat(scanner.scan("key: word")).hasSize(1);
    assertThat(scanner.scan("word", "Key")).hasSize(1);
  }

  @Test
  void negativeContextSuppressesOnlyWithoutPositiveContext() {
    TextScanner scanner = TextScanner.of(List.of(new UkNhsNumberDetector()));
    assertThat(scanner.scan("test 9434765919")).isEmpty();
    assertThat(scanner.scan("NHS test 9434765919")).hasSize(1);
    assertThat(scanner.scan("9434765919")).hasSize(1);
  }

  @Test
  void takesColumnHeaderContextForEveryValue() {
    TextScanner scanner = TextScanner.of(List.of(new UkNhsNumberDetector()));
    double bare = scanner.scan("9434765919").get(0).score();
    double underHeader = scanner.scan("9434765919", "patient_nhs_number").get(0).score();
    assertThat(underHeader).isGreaterThan(bare).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void scansAnyCharSequence() {
    TextScanner scanner = DetectorRegistry.builtIn().scanner();
    String text = "Contact DC Jones on 020 7946 0958";
    assertThat(scanner.scan(new StringBuilder(text))).isEqualTo(scanner.scan(text));
  }

  @Test
  void offersARunOnlyToItsFirstWordAndOnlyIfItIsLongEnough() {
    List<String> offered = new ArrayList<>();
    Detector recording =
        new Detector() {
          @Override
          public EntityType type() {
            return EntityType.SECRET;
          }

          @Override
          public Set<Anchor> anchors() {
            return Set.of(Anchor.DIGIT, Anchor.UPPER, Anchor.LOWER);
          }

          @Override
          public WordFilter wordFilter() {
            return WordFilter.lengths(1, 63).followedBy("-/").startingRun("-/", 8);
          }

          @Override
          public void inspect(CharSequence text, int start, int wordEnd, CandidateSink sink) {
            offered.add(text.subSequence(start, wordEnd).toString());
          }
        };
    TextScanner.of(List.of(recording))
        .scan("on 12/03/1985 a so-so x/abcdefgh path /api/v1/people/88095 and ab-cd-efgh");
    // "so-so" is too short; "03", "v1", "people" and "cd" are not first.
    assertThat(offered).containsExactly("12", "x", "api", "ab");
  }

  @Test
  void sortsDetectionsThatArriveFarOutOfTextOrder() {
    // A plug-in may report anywhere: here each word reports the word mirrored across the text, so
    // the detections arrive in reverse order.
    String text =
        IntStream.range(0, 100).mapToObj(i -> "w" + (100 + i)).collect(Collectors.joining(" "));
    Detector mirroring =
        new Detector() {
          @Override
          public EntityType type() {
            return EntityType.SECRET;
          }

          @Override
          public Set<Anchor> anchors() {
            return Set.of(Anchor.LOWER);
          }

          @Override
          public void inspect(CharSequence scanned, int start, int wordEnd, CandidateSink sink) {
            int mirrored = scanned.length() - wordEnd;
            sink.report(
                mirrored,
                mirrored + wordEnd - start,
                DetectionRule.of("m", 0.5),
                Validation.NO_OPINION);
          }
        };
    List<Detection> found = TextScanner.of(List.of(mirroring)).scan(text);
    assertThat(found)
        .hasSize(100)
        .isEqualTo(new ReferenceScanner(List.of(mirroring)).scan(text, ""));
    assertThat(found).isSortedAccordingTo(Overlaps.TEXT_ORDER);
  }
}
