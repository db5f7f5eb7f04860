package uk.warden.inspect.detect.generic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.warden.inspect.detect.Detected;
import uk.warden.inspect.detect.Detector;
import uk.warden.inspect.detect.DetectorContract;

/** Synthetic dates, judged on 1 January 2026 so that ages do not drift with the calendar. */
class DateOfBirthDetectorTests implements DetectorContract {

  private final DateOfBirthDetector detector =
      new DateOfBirthDetector(Clock.fixed(Instant.parse("2026-01-01T12:00:00Z"), ZoneOffset.UTC));

  @Override
  public Detector detector() {
    return detector;
  }

  @Override
  public List<String> examples() {
    return List.of("DOB: 12/03/1985", "Date of birth 1985-03-12");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          DOB: 12/03/1985               | 12/03/1985
          Date of birth 1985-03-12      | 1985-03-12
          born 3rd March 1970 in Leeds  | 3rd March 1970
          D.O.B. 01.02.1990             | 01.02.1990
          Date of Birth: 29/02/1984     | 29/02/1984
          dob 12/03/85                  | 12/03/85
          Born on 12 Sept, 1961         | 12 Sept, 1961
          date of birth 1-2-2000        | 1-2-2000
          """)
  void findsPlausibleBirthDatesAfterContext(String text, String date) {
    assertThat(Detected.texts(detector, text)).containsExactly(date);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Meeting on 12/03/2024", // no context: documents are full of dates
        "Reviewed 12/03/1985", // no context
        "DOB 31/02/1985", // no such day
        "DOB 12/03/2015", // aged 10
        "born 01/01/1900", // aged 126
        "DOB 03/13/1985", // month first: not a UK date
        "date of birth 12/03/2030", // in the future
        "DOB 12/03/19850"
      })
  void ignoresDatesThatAreNotPlausibleBirthDates(String text) {
    assertThat(Detected.texts(detector, text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"16, 2009-12-31", "110, 1915-06-01"})
  void acceptsTheEndsOfTheAgeRange(int age, String born) {
    assertThat(age).isBetween(DateOfBirthDetector.MIN_AGE, DateOfBirthDetector.MAX_AGE);
    assertThat(Detected.texts(detector, "DOB " + born)).containsExactly(born);
  }
}
