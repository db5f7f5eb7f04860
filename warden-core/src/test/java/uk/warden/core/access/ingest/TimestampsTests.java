package uk.warden.core.access.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTests {

  private final Timestamps london = new Timestamps(ZoneId.of("Europe/London"));

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2025-03-31T14:05:00Z, 2025-03-31T14:05:00Z",
    "2025-03-31t14:05:00z, 2025-03-31T14:05:00Z",
    "2025-03-31 14:05:00Z, 2025-03-31T14:05:00Z",
    "2025-03-31T14:05:00.5Z, 2025-03-31T14:05:00.500Z",
    "2025-03-31T14:05:00.123456789Z, 2025-03-31T14:05:00.123456789Z",
    "2025-03-31T14:05:00+01:00, 2025-03-31T13:05:00Z",
    "2025-03-31T14:05:00+0100, 2025-03-31T13:05:00Z",
    "2025-03-31T14:05:00-05, 2025-03-31T19:05:00Z",
    // No offset: the force's zone, British Summer Time here.
    "2025-07-01T09:00:00, 2025-07-01T08:00:00Z",
    "2025-01-01T09:00:00, 2025-01-01T09:00:00Z",
    // The autumn hour that happens twice: the earlier one.
    "2025-10-26T01:30:00, 2025-10-26T00:30:00Z",
  })
  void readsIsoTimes(String text, String expected) {
    assertThat(london.parse(text)).isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "",
        "yesterday",
        "2025-03-31",
        "2025-02-30T10:00:00Z",
        "2025-03-31T24:00:00Z",
        "2025-03-31T14:05:00.Z",
        "2025-03-31T14:05:00.1234567890Z",
        "2025-03-31T14:05:00+1",
        "2025-03-31T14:05:00+19:00",
        "2025-03-31T14:05:00Q",
        "31/03/2025 14:05:00",
        "2025-3-31T14:05:00Z"
      })
  void refusesAnythingElse(String text) {
    assertThat(london.parse(text)).isNull();
  }
}
