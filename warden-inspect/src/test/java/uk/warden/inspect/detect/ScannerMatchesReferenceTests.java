package uk.warden.inspect.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scanner's shortcuts (word filters, context triggers, skipped calls, lazy context windows,
 * reused explanations, the overlap sweep) change nothing: on slices of both corpus mixes it finds
 * exactly what the brute-force {@link ReferenceScanner} finds, with and without a column header.
 */
class ScannerMatchesReferenceTests {

  private static final List<Detector> DETECTORS =
      DetectorRegistry.builtIn(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
          .detectors();
  private static final TextScanner SCANNER = TextScanner.of(DETECTORS);
  private static final ReferenceScanner REFERENCE = new ReferenceScanner(DETECTORS);

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 12).map(i -> 6_000_000 + i);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void findsWhatTheReferenceFinds(long seed) {
    MixedTextCorpus.Mix mix = MixedTextCorpus.Mix.values()[(int) (seed % 2)];
    String text = MixedTextCorpus.generate(40_000, seed, mix);
    List<Detection> expected = REFERENCE.scan(text, "");
    assertThat(expected).hasSizeGreaterThan(100);
    assertThat(SCANNER.scan(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void findsWhatTheReferenceFindsUnderAHeader(long seed) {
    String text = MixedTextCorpus.generate(5_000, seed);
    String header = "NHS number / collar / pay number";
    assertThat(SCANNER.scan(text, header)).isEqualTo(REFERENCE.scan(text, header));
  }
}
