package uk.warden.core.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccessVolumesTests {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private static AccessEvent event(String at, String who, String system, Operation op, long n) {
    return new AccessEvent(null, Instant.parse(at), who, system, op, n, List.of(), null, null);
  }

  @Test
  void countsRecordsReadPerPrincipalSystemAndLocalDay() {
    AccessVolumes volumes =
        AccessVolumes.builder(LONDON)
            // 23:30 UTC in July is 00:30 the next day in London.
            .add(event("2025-07-01T23:30:00Z", "u1", "payroll", Operation.CONSULT, 5))
            .add(event("2025-07-02T08:00:00Z", "u1", "payroll", Operation.DISCLOSE, 7))
            .add(event("2025-07-02T09:00:00Z", "u1", "payroll", Operation.ALTER, 100))
            .add(event("2025-07-02T09:00:00Z", "u2", "payroll", Operation.CONSULT, 1))
            .add(event("2025-07-03T09:00:00Z", "u1", "hr-erp", Operation.ERASE, 3))
            .build();

    List<DailyVolume> all = new ArrayList<>();
    volumes.forEach(all::add);
    assertThat(all)
        .containsExactly(
            new DailyVolume("u1", "hr-erp", LocalDate.parse("2025-07-03"), 0, 1),
            new DailyVolume("u1", "payroll", LocalDate.parse("2025-07-02"), 12, 3),
            new DailyVolume("u2", "payroll", LocalDate.parse("2025-07-02"), 1, 1));
    assertThat(volumes.systems()).containsExactly("hr-erp", "payroll");
    assertThat(volumes.lastSeen("u1", "hr-erp")).isEqualTo("2025-07-03");
    assertThat(volumes.lastSeen("u2", "hr-erp")).isNull();
    assertThat(volumes.lastSeen("nobody", "payroll")).isNull();
    assertThat(volumes.cells()).isEqualTo(3);
  }

  @Test
  void acceptsCellsFromAStoreAggregate() {
    AccessVolumes volumes =
        AccessVolumes.builder(LONDON)
            .add("u1", "payroll", LocalDate.parse("2025-01-01"), 40, 2)
            .add("u1", "payroll", LocalDate.parse("2025-01-01"), 2, 1)
            .add("u1", "payroll", LocalDate.parse("2025-03-01"), 0, 1)
            .build();

    SystemVolumes payroll = volumes.system("payroll");
    assertThat(payroll.cells()).isEqualTo(2);
    assertThat(payroll.recordsRead(0)).isEqualTo(42);
    assertThat(payroll.events(0)).isEqualTo(3);
    assertThat(volumes.lastSeen("u1", "payroll")).isEqualTo("2025-03-01");
    assertThat(volumes.system("unused").cells()).isZero();
  }

  /**
   * Days in the zone, for instants in any order across years of transitions, half-hour ones too.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Europe/London", "Australia/Lord_Howe", "America/St_Johns", "UTC"})
  void countsDaysInTheZoneWhateverTheOrderOfEvents(String zoneName) {
    ZoneId zone = ZoneId.of(zoneName);
    SplittableRandom random = new SplittableRandom(zoneName.hashCode());
    AccessVolumes.Builder builder = AccessVolumes.builder(zone);
    Map<String, LocalDate> expected = new HashMap<>();
    Instant start = Instant.parse("2023-01-01T00:00:00Z");
    for (int i = 0; i < 20_000; i++) {
      // Mostly in order, as logs are, with jumps back and forth across transitions.
      Instant at =
          random.nextInt(10) == 0
              ? start.plusSeconds(random.nextLong(3L * 365 * 86_400))
              : start.plusSeconds(i * 4_000L + random.nextInt(600));
      builder.accept(AccessEvent.consult(at, "p" + i, "s", 1));
      expected.put("p" + i, at.atZone(zone).toLocalDate());
    }
    AccessVolumes volumes = builder.build();

    expected.forEach((who, day) -> assertThat(volumes.lastSeen(who, "s")).as(who).isEqualTo(day));
  }

  /** Against a plain map of the same cells, over random events that force the table to grow. */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void matchesANaiveAggregation(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    AccessVolumes.Builder builder = AccessVolumes.builder(ZoneId.of("UTC"), 4);
    Map<String, long[]> naive = new HashMap<>();
    Instant start = Instant.parse("2025-01-01T00:00:00Z");
    for (int i = 0; i < 20_000; i++) {
      String who = "u" + random.nextInt(300);
      String system = "s" + random.nextInt(7);
      Instant at = start.plusSeconds(random.nextLong(90L * 86_400));
      Operation op = Operation.values()[random.nextInt(Operation.values().length)];
      long records = random.nextInt(50);
      builder.accept(new AccessEvent(null, at, who, system, op, records, List.of(), null, null));
      long[] cell =
          naive.computeIfAbsent(
              who + "|" + system + "|" + LocalDate.ofEpochDay(at.getEpochSecond() / 86_400),
              k -> new long[2]);
      cell[0] += op.reads() ? records : 0;
      cell[1]++;
    }
    AccessVolumes volumes = builder.build();

    Map<String, long[]> built = new HashMap<>();
    volumes.forEach(
        v ->
            built.put(
                v.principalId() + "|" + v.systemCode() + "|" + v.day(),
                new long[] {v.recordsRead(), v.events()}));
    assertThat(built).hasSameSizeAs(naive);
    naive.forEach((key, cell) -> assertThat(built.get(key)).as(key).containsExactly(cell));
    for (String system : volumes.systems()) {
      SystemVolumes columns = volumes.system(system);
      for (int i = 1; i < columns.cells(); i++) {
        int order =
            Integer.compare(columns.principalIndex(i - 1), columns.principalIndex(i)) != 0
                ? Integer.compare(columns.principalIndex(i - 1), columns.principalIndex(i))
                : Long.compare(columns.epochDay(i - 1), columns.epochDay(i));
        assertThat(order).isNegative();
      }
    }
  }
}
