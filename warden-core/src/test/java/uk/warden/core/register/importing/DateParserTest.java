package uk.warden.core.register.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-03-31",
        "31/03/2024",
        "31/3/2024",
        "2024-03-31T00:00",
        "31/03/2024 00:00:00"
      })
  void readsIsoAndDayFirstDates(String text) {
    assertThat(DateParser.parse(text)).isEqualTo(LocalDate.of(2024, 3, 31));
  }

  @ParameterizedTest
  @ValueSource(strings = {"31/02/2024", "2024-02-30", "03/31/2024", "00/01/2024"})
  void refusesDatesThatDoNotExist(String text) {
    assertThatThrownBy(() -> DateParser.parse(text))
        .isInstanceOf(BadValueException.class)
        .hasMessage("'" + text + "' is not a real date (day first: 31/03/2024)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"31 March 2024", "24-03-31", "45382", "soon"})
  void refusesTextThatIsNotADate(String text) {
    assertThatThrownBy(() -> DateParser.parse(text))
        .isInstanceOf(BadValueException.class)
        .hasMessageContaining("is not a date");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ada Okafor", "31 March 2024"})
  void neverQuotesTextThatCouldBeAName(String text) {
    assertThatThrownBy(() -> DateParser.parse(text)).hasMessageNotContaining(text);
  }
}
