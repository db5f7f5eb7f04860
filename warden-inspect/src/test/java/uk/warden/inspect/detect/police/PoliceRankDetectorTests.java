package uk.warden.inspect.detect.police;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.warden.inspect.detect.Detected;
import uk.warden.inspect.detect.Detector;
import uk.warden.inspect.detect.DetectorContract;

/** Ranks as warden-core's rank tables (England and Wales, Metropolitan Police) know them. */
class PoliceRankDetectorTests implements DetectorContract {

  private final PoliceRankDetector detector = new PoliceRankDetector();

  @Override
  public Detector detector() {
    return detector;
  }

  @Override
  public List<String> examples() {
    return List.of("Sergeant on duty", "PC 1234 attended");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The Sergeant was on duty                  | Sergeant                  | rank-title
          Detective Chief Inspector Smith attended  | Detective Chief Inspector | rank-before-name-or-number
          PC 1234 attended                          | PC                        | rank-before-name-or-number
          DCI Jones                                 | DCI                       | rank-before-name-or-number
          Ch Supt Brown                             | Ch Supt                   | rank-before-name-or-number
          SGT. PATEL                                | SGT                       | rank-before-name-or-number
          the Commander agreed                      | Commander                 | rank-title
          Assistant Chief Constable                 | Assistant Chief Constable | rank-title
          """)
  void findsRankTitlesAndAbbreviations(String text, String rank, String rule) {
    assertThat(Detected.texts(detector, text)).containsExactly(rank);
    assertThat(Detected.only(detector, text).explanation().rule()).isEqualTo(rule);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "my PC crashed", // a personal computer: no name or number follows
        "a pc", // "pc" in small letters is never a rank
        "Pc Smith",
        "the sergeant said", // a rank in lower case is a common noun
        "the Information Commissioner",
        "Police and Crime Commissioner",
        "Wing Commander Brown",
        "DS on its own",
        "topic computer pcs"
      })
  void ignoresWhatIsNotARank(String text) {
    assertThat(Detected.texts(detector, text)).isEmpty();
  }
}
