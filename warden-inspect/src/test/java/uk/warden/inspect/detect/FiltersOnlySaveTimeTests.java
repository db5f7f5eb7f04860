package uk.warden.inspect.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The word filters and the context gate exist only for speed: scanning with every detector offered
 * every word at its anchors, and never skipped for want of context, must find exactly the same
 * things.
 */
class FiltersOnlySaveTimeTests {

  @ParameterizedTest
  @EnumSource(MixedTextCorpus.Mix.class)
  void unfilteredDetectorsFindTheSameOnMixedText(MixedTextCorpus.Mix mix) {
    String text = MixedTextCorpus.generate(400_000, 7, mix);
    List<Detector> builtIn = DetectorRegistry.builtIn().detectors();
    List<Detector> unfiltered =
        builtIn.stream().map(Unfiltered::new).map(Detector.class::cast).toList();
    List<Detection> fast = TextScanner.of(builtIn).scan(text);
    assertThat(fast).hasSizeGreaterThan(1_000);
    assertThat(TextScanner.of(unfiltered).scan(text)).isEqualTo(fast);
  }

  /** A detector as it would be without its filter and context hint. */
  private static final class Unfiltered implements Detector {
    private final Detector detector;

    Unfiltered(Detector detector) {
      this.detector = detector;
    }

    @Override
    public EntityType type() {
      return detector.type();
    }

    @Override
    public Set<Anchor> anchors() {
      return detector.anchors();
    }

    @Override
    public void inspect(CharSequence text, int start, int wordEnd, CandidateSink sink) {
      detector.inspect(text, start, wordEnd, sink);
    }

    @Override
    public String name() {
      return detector.name();
    }

    @Override
    public ContextWords contextWords() {
      return detector.contextWords();
    }
  }
}
