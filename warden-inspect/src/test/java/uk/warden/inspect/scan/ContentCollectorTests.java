package uk.warden.inspect.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.warden.inspect.content.Location;
import uk.warden.inspect.detect.DetectorRegistry;
import uk.warden.inspect.policy.Expectation;
import uk.warden.inspect.policy.Policy;
import uk.warden.inspect.report.Finding;

class ContentCollectorTests {

  private static long count(ContentCollector.Collected collected, String code) {
    return collected.findings().stream()
        .filter(f -> f.code().equals(code))
        .mapToLong(Finding::count)
        .sum();
  }

  @Test
  void aStaffOrCollarNumberUnderItsHeaderIsCountedOnceWhetherOrNotADetectorFoundIt() {
    ContentCollector collector =
        new ContentCollector(
            DetectorRegistry.builtIn().scanner(), Policy.standard(), Expectation.UNSTATED, null);
    collector.table(Location.of("staff.csv"), null);
    collector.cell(0, 0, "Surname", null);
    collector.cell(0, 1, "Pay Number", null);
    collector.cell(0, 2, "Collar Number", null);
    String[] surnames = {"Smith", "Jones", "Patel", "Taylor", "Brown"};
    for (int r = 1; r <= 40; r++) {
      collector.cell(r, 0, surnames[r % surnames.length], null);
      collector.cell(r, 1, String.valueOf(100_000 + 7 * r), null);
      collector.cell(r, 2, String.valueOf(1000 + r), null);
    }

    ContentCollector.Collected collected = collector.finish();

    // Found by the detectors (the header is their context) and known from the header alike: once.
    assertThat(count(collected, "PAY_NUMBER")).isEqualTo(40);
    assertThat(count(collected, "COLLAR_NUMBER")).isEqualTo(40);
    assertThat(collected.distinct().counts())
        .containsEntry("PAY_NUMBER", 40L)
        .containsEntry("COLLAR_NUMBER", 40L);
  }
}
