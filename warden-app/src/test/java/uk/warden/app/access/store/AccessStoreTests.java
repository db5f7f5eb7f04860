package uk.warden.app.access.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.warden.app.access.DirectoryChange;
import uk.warden.app.access.DirectorySource;
import uk.warden.app.access.StoredGrant;
import uk.warden.app.testing.StoreTest;
import uk.warden.app.testing.TestDatabase;
import uk.warden.core.access.AccessDirectory;
import uk.warden.core.access.AccessType;
import uk.warden.core.access.DailyVolume;
import uk.warden.core.access.Grant;
import uk.warden.core.access.Membership;
import uk.warden.core.access.Principal;
import uk.warden.core.access.ingest.AccessLogReader;
import uk.warden.core.access.ingest.IngestOptions;
import uk.warden.core.access.ingest.IngestSummary;
import uk.warden.core.access.ingest.LogFormat;
import uk.warden.core.input.BadInputException;

/** The access directory, events and volumes as kept, on H2 and on PostgreSQL. */
class AccessStoreTests {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");
  private static final String LOG =
      """
      {"at":"2026-03-02T09:15:00Z","principal":"u100001","system":"pnc","operation":"consult","records":3,"justification":"CAD 42"}
      {"at":"2026-03-02T23:30:00Z","principal":"u100001","system":"pnc","operation":"consult","records":2}
      {"at":"2026-03-03T10:00:00Z","principal":"u100002","system":"pnc","operation":"alter","records":1}
      {"at":"2026-03-03T10:00:00Z","principal":"u100002","system":"pnc","operation":"alter","records":1}
      """;

  private static Grant grant(String id, String holder, String system) {
    return new Grant(
        id,
        holder,
        system,
        Set.of(),
        AccessType.READ,
        "duty",
        "admin",
        AT.minusSeconds(86_400),
        null,
        null);
  }

  private static List<Principal> people() {
    return List.of(
        Principal.user("u100001", "100001"),
        Principal.user("u100002", "100002"),
        Principal.group("g-pnc"));
  }

  @StoreTest
  void aSourceReplacesOnlyWhatItSaidAndDisablesThoseItNoLongerLists(TestDatabase db) {
    AccessStore store = new AccessStore(db.jdbc(), db.template());
    store.replace(
        DirectorySource.CSV,
        people(),
        List.of(new Membership("g-pnc", "u100001")),
        List.of(grant("g1", "g-pnc", "pnc"), grant("g2", "u100002", "pnc")),
        AT);
    store.replace(DirectorySource.LDAP, List.of(Principal.user("u9", "9")), List.of(), null, AT);

    DirectoryChange again =
        store.replace(
            DirectorySource.CSV,
            people().subList(0, 1).stream().toList(),
            List.of(),
            List.of(grant("g2", "u100002", "pnc")),
            AT.plusSeconds(60));

    assertThat(again.disabled()).isEqualTo(2);
    assertThat(again.revoked()).isEqualTo(1);
    assertThat(store.principal("u100002")).get().extracting(Principal::enabled).isEqualTo(false);
    assertThat(store.principal("u9")).get().extracting(Principal::enabled).isEqualTo(true);
    AccessDirectory directory = store.directory();
    assertThat(directory.grants()).extracting(Grant::id).containsExactly("g2");
    assertThat(directory.membersOf("g-pnc")).isEmpty();
    StoredGrant revoked = store.grant("g1").orElseThrow();
    assertThat(revoked.live()).isFalse();
    assertThat(revoked.revokedBy()).isEqualTo("import");
    assertThat(store.grantsOn("pnc")).hasSize(2);
  }

  @StoreTest
  void theSameEventsTwiceAreKeptAndCountedOnce(TestDatabase db) {
    AccessStore directory = new AccessStore(db.jdbc(), db.template());
    directory.replace(
        DirectorySource.CSV, people(), List.of(), List.of(grant("g2", "u100002", "pnc")), AT);
    AccessEventStore events = new AccessEventStore(db.jdbc(), db.template());

    long first = db.inTransaction(() -> ingest(events, directory, LOG));
    long second = db.inTransaction(() -> ingest(events, directory, LOG));

    assertThat(first).isEqualTo(3);
    assertThat(second).isZero();
    assertThat(events.eventCount()).isEqualTo(3);
    List<DailyVolume> cells = new ArrayList<>();
    directory.volumes(LONDON).forEach(cells::add);
    // 23:30Z on 2 March is 23:30 in London (GMT), so both consultations fall on the 2nd.
    assertThat(cells)
        .containsExactlyInAnyOrder(
            new DailyVolume("u100001", "pnc", LocalDate.of(2026, 3, 2), 5, 2),
            new DailyVolume("u100002", "pnc", LocalDate.of(2026, 3, 3), 0, 1));
    assertThat(directory.grant("g2").orElseThrow().grant().lastUsedAt())
        .isEqualTo(Instant.parse("2026-03-03T10:00:00Z"));
    assertThat(db.rows("access_ingest")).isEqualTo(2);
  }

  @StoreTest
  void aFileWithOneBadLineLeavesNothingBehind(TestDatabase db) {
    AccessStore directory = new AccessStore(db.jdbc(), db.template());
    AccessEventStore events = new AccessEventStore(db.jdbc(), db.template());
    String bad = LOG + "{\"at\":\"yesterday\",\"principal\":\"u1\",\"system\":\"pnc\"}\n";

    assertThatThrownBy(() -> db.inTransaction(() -> ingest(events, directory, bad)))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("line 5");

    assertThat(db.rows("access_event_hour")).isZero();
    assertThat(db.rows("access_volume")).isZero();
    assertThat(db.rows("access_ingest")).isZero();
  }

  @StoreTest
  void aLaterLogOnTheSameDayAddsToThatDaysVolume(TestDatabase db) {
    AccessStore directory = new AccessStore(db.jdbc(), db.template());
    AccessEventStore events = new AccessEventStore(db.jdbc(), db.template());
    String line =
        "{\"at\":\"2026-03-02T%s:00Z\",\"principal\":\"u1\",\"system\":\"pnc\",\"operation\":\"consult\",\"records\":%d}\n";

    db.inTransaction(() -> ingest(events, directory, line.formatted("09:15", 3)));
    db.inTransaction(() -> ingest(events, directory, line.formatted("15:40", 4)));

    List<DailyVolume> cells = new ArrayList<>();
    directory.volumes(LONDON).forEach(cells::add);
    assertThat(cells).containsExactly(new DailyVolume("u1", "pnc", LocalDate.of(2026, 3, 2), 7, 2));
  }

  @StoreTest
  void hoursLetGoWhenTooManyFingerprintsAreHeldAreReadAgainWhenMet(TestDatabase db) {
    AccessStore directory = new AccessStore(db.jdbc(), db.template());
    AccessEventStore events = new AccessEventStore(db.jdbc(), db.template());
    StringBuilder log = new StringBuilder();
    // Three hours, then back to the first: with two fingerprints held at most, every hour is
    // written out and let go before it is met again.
    for (int hour : new int[] {9, 10, 11, 9}) {
      for (int minute = 0; minute < 3; minute++) {
        log.append(
            "{\"at\":\"2026-03-02T%02d:%02d:00Z\",\"principal\":\"u1\",\"system\":\"pnc\",\"operation\":\"consult\",\"records\":1}\n"
                .formatted(hour, minute));
      }
    }

    long first = db.inTransaction(() -> ingest(events, directory, log.toString(), 2));
    long again = db.inTransaction(() -> ingest(events, directory, log.toString(), 2));

    assertThat(first).isEqualTo(9);
    assertThat(again).isZero();
    assertThat(events.eventCount()).isEqualTo(9);
  }

  private static long ingest(AccessEventStore events, AccessStore directory, String log) {
    return ingest(events, directory, log, FingerprintHours.MAX_HELD);
  }

  private static long ingest(
      AccessEventStore events, AccessStore directory, String log, int maxHeld) {
    long id = events.startIngest();
    EventWriter writer = events.writer(id, LONDON, maxHeld);
    IngestSummary summary =
        new AccessLogReader(IngestOptions.defaults(LONDON))
            .read(
                "log.jsonl",
                new ByteArrayInputStream(log.getBytes(StandardCharsets.UTF_8)),
                LogFormat.JSON_LINES,
                writer);
    long added = writer.finish(directory);
    events.finishIngest(id, summary, added, "test", AT);
    return added;
  }
}
