package uk.warden.inspect.detect.uk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.warden.inspect.detect.Detected;
import uk.warden.inspect.detect.Detector;
import uk.warden.inspect.detect.DetectorContract;

class PersonNameDetectorTests implements DetectorContract {

  private final PersonNameDetector detector = new PersonNameDetector();

  @Override
  public Detector detector() {
    return detector;
  }

  @Override
  public List<String> examples() {
    return List.of("Mr John Smith", "seen by DC Jones");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Letter to Mr John Smith about      | John Smith       | honorific-and-name
          Dr A. Khan replied                 | A. Khan          | honorific-and-name
          Mrs SMITH                          | SMITH            | honorific-and-name
          Statement taken by DC Jones.       | Jones            | rank-and-name
          Sgt. Patel was on duty             | Patel            | rank-and-name
          Detective Chief Inspector Jane Smith said | Jane Smith | rank-and-name
          Sarah O'Brien called               | Sarah O'Brien    | known-forename-and-surname
          Mohammed Ali Khan                  | Mohammed Ali Khan | known-forename-and-surname
          Ask Rachel Smith-Jones's team      | Rachel Smith-Jones | known-forename-and-surname
          """)
  void findsNamesAfterATitleOrAKnownForename(String text, String name, String rule) {
    assertThat(Detected.texts(detector, text)).containsExactly(name);
    assertThat(Detected.only(detector, text).explanation().rule()).isEqualTo(rule);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Will Jones attend?", // Will is left out of the forename list on purpose
        "Park Road",
        "John",
        "Mr",
        "Sarah Street", // a street, not a surname
        "the pc was slow",
        "Mr 1234",
        "Police Scotland"
      })
  void staysConservative(String text) {
    assertThat(Detected.texts(detector, text)).isEmpty();
  }

  @Test
  void scoresWholeCellsForTheColumnClassifier() {
    assertThat(detector.nameLikelihood("Mr John Smith")).isEqualTo(0.85);
    assertThat(detector.nameLikelihood("Sarah")).isEqualTo(0.6);
    assertThat(detector.nameLikelihood("Smith")).isEqualTo(0.3);
    assertThat(detector.nameLikelihood("12345")).isZero();
    assertThat(detector.nameLikelihood(" ")).isZero();
  }
}
