package uk.warden.inspect.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever the input, the scanner never throws and returns valid, ordered, non-overlapping spans
 * with scores in [0, 1].
 *
 * <p>Seeded property tests in the project's style (jqwik was dropped): each case draws its text
 * from a {@link SplittableRandom} seeded with the number in its name, so a failing case reproduces
 * exactly; seeds are a base plus the case's index.
 */
class ScannerPropertyTests {

  private static final TextScanner SCANNER = DetectorRegistry.builtIn().scanner();

  private static final List<String> FRAGMENTS =
      List.of(
          "020 7946 0958",
          "+44",
          "(0)",
          "07700 900",
          "NHS number",
          "943 476 5919",
          "QQ 12 34 56 C",
          "AB123456C",
          "password:",
          "door code is",
          "-----BEGIN RSA PRIVATE KEY-----",
          "-----END ",
          "@",
          "j.smith@",
          "example.com",
          "GB82 WEST",
          "1234",
          "5698 7654 32",
          "4242 4242",
          "192.0.2.",
          "2001:db8::",
          "::",
          "DOB",
          "12/03/1985",
          "3rd March",
          "Sgt.",
          "DC",
          "Mr",
          "John",
          "Smith",
          "PC",
          "collar",
          "pay number",
          "SW1A",
          "1AA",
          "GIR",
          "BD51 SMR",
          "MORGA753116SM9IJ",
          "sort code",
          "12-34-56",
          "a/c",
          "xoxb-",
          "AKIA",
          " ",
          "  ",
          "\n",
          "\t",
          ",",
          ".",
          "-",
          "/",
          "=",
          "'",
          "_",
          "é",
          "Ø",
          "\u2019",
          "\uD83D\uDE00",
          "\uD83D",
          "0",
          "9",
          "Z",
          "z");

  static LongStream anyCharacterSeeds() {
    return LongStream.rangeClosed(1, 300).map(i -> 4_000_000 + i);
  }

  static LongStream fragmentSeeds() {
    return LongStream.rangeClosed(1, 300).map(i -> 5_000_000 + i);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("anyCharacterSeeds")
  void neverThrowsOnArbitraryCharacters(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(300);
    for (int i = 0; i < length; i++) {
      text.append(
          random.nextInt(4) == 0
              ? (char) random.nextInt(0x10000)
              : (char) (32 + random.nextInt(95)));
    }
    checkSpans(text.toString(), SCANNER.scan(text));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("fragmentSeeds")
  void neverThrowsOnIdentifierFragments(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder text = new StringBuilder();
    int parts = random.nextInt(40);
    for (int i = 0; i < parts; i++) {
      text.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
    }
    String value = text.toString();
    checkSpans(value, SCANNER.scan(value));
    checkSpans(value, SCANNER.scan(value, value));
  }

  private static void checkSpans(String text, List<Detection> found) {
    int previousEnd = 0;
    for (Detection detection : found) {
      assertThat(detection.start()).as(text).isGreaterThanOrEqualTo(previousEnd);
      assertThat(detection.end()).as(text).isGreaterThan(detection.start());
      assertThat(detection.end()).as(text).isLessThanOrEqualTo(text.length());
      assertThat(detection.score()).isBetween(0.0, 1.0);
      previousEnd = detection.end();
    }
  }
}
