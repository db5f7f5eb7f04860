package uk.warden.inspect.detect.uk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.warden.inspect.detect.Detected;
import uk.warden.inspect.detect.Detector;
import uk.warden.inspect.detect.DetectorContract;

/** Synthetic sort codes; a date has the same shape (DETECTORS.md §2). */
class UkSortCodeDetectorTests implements DetectorContract {

  private final UkSortCodeDetector detector = new UkSortCodeDetector();

  @Override
  public Detector detector() {
    return detector;
  }

  @Override
  public List<String> examples() {
    return List.of("Sort code: 40-47-84", "bank 20-32-06");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Sort code: 40-47-84           | 40-47-84
          sortcode 20-32-06, a/c ...    | 20-32-06
          Bank: Barclays 20-00-00       | 20-00-00
          """)
  void findsSortCodesWithContext(String text, String code) {
    assertThat(Detected.texts(detector, text)).containsExactly(code);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "12-05-21", // a date
        "we met on 12-05-21 at noon",
        "sort code 00-00-00",
        "sort code 12-34-567",
        "sort code 12-34-56-78",
        "sort code 2024-05-21"
      })
  void takesNoDateForASortCode(String text) {
    assertThat(Detected.texts(detector, text)).isEmpty();
  }
}
