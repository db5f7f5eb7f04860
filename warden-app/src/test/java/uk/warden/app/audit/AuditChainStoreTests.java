package uk.warden.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import uk.warden.app.audit.store.AuditStore;
import uk.warden.app.platform.Page;
import uk.warden.app.platform.PageRequest;
import uk.warden.app.testing.StoreTest;
import uk.warden.app.testing.TestDatabase;
import uk.warden.core.access.Channel;
import uk.warden.core.access.Operation;
import uk.warden.core.audit.AuditEntry;
import uk.warden.core.audit.AuditEvent;
import uk.warden.core.audit.ChainReport;
import uk.warden.core.audit.Outcome;
import uk.warden.core.audit.Tamper;

/**
 * The audit chain as kept, on H2 and PostgreSQL: what is appended reads back with the same hashes,
 * and what a person with write access to the tables does to it is named by the verification.
 */
class AuditChainStoreTests {

  private static final Instant T0 = Instant.parse("2026-11-02T09:00:00.123456Z");

  @StoreTest
  void whatIsAppendedReadsBackIntactAndInOrder(TestDatabase db) {
    AuditService log = filled(db, 30);
    ChainReport report = log.verify(List.of());
    assertThat(report.intact()).isTrue();
    assertThat(report.checked()).isEqualTo(30);
    assertThat(report.head()).isEqualTo(log.head());
    List<AuditEntry> after = new ArrayList<>();
    log.export(25, after::add);
    assertThat(after).extracting(AuditEntry::seq).containsExactly(26L, 27L, 28L, 29L, 30L);
    assertThat(after).allMatch(AuditEntry::intact);
    assertThat(after.get(0).event().at()).isEqualTo(Instant.parse("2026-11-02T09:25:00.123Z"));
  }

  @StoreTest
  void anEntryChangedInTheTableIsNamed(TestDatabase db) {
    AuditService log = filled(db, 30);
    db.jdbc().sql("UPDATE audit_entry SET actor = 'someone-else' WHERE seq = 12").update();
    assertBreak(log.verify(List.of()), 12, Tamper.ALTERED);
  }

  @StoreTest
  void aReasonChangedInTheTableIsNamed(TestDatabase db) {
    AuditService log = filled(db, 30);
    db.jdbc().sql("UPDATE audit_entry SET reason = 'a better story' WHERE seq = 4").update();
    assertBreak(log.verify(List.of()), 4, Tamper.ALTERED);
  }

  @StoreTest
  void anEntryDeletedFromTheTableIsNamed(TestDatabase db) {
    AuditService log = filled(db, 30);
    db.jdbc().sql("DELETE FROM audit_entry WHERE seq = 9").update();
    assertBreak(log.verify(List.of()), 9, Tamper.REMOVED);
  }

  @StoreTest
  void entriesDeletedFromTheEndAreFoundByTheHead(TestDatabase db) {
    AuditService log = filled(db, 30);
    db.jdbc().sql("DELETE FROM audit_entry WHERE seq > 27").update();
    assertBreak(log.verify(List.of()), 28, Tamper.REMOVED);
  }

  @StoreTest
  void entriesSwappedInTheTableAreNamed(TestDatabase db) {
    AuditService log = filled(db, 30);
    db.jdbc().sql("UPDATE audit_entry SET seq = -1 WHERE seq = 20").update();
    db.jdbc().sql("UPDATE audit_entry SET seq = 20 WHERE seq = 21").update();
    db.jdbc().sql("UPDATE audit_entry SET seq = 21 WHERE seq = -1").update();
    assertBreak(log.verify(List.of()), 20, Tamper.REORDERED);
  }

  @StoreTest
  void searchFiltersByWhoWhatWhichRecordAndWhen(TestDatabase db) {
    AuditService log = filled(db, 30);
    Page<AuditEntry> newest = log.search(AuditFilter.ALL, new PageRequest(1, 10));
    assertThat(newest.total()).isEqualTo(30);
    assertThat(newest.items()).extracting(AuditEntry::seq).startsWith(30L, 29L);

    assertThat(search(log, new AuditFilter("analyst1", null, null, null, null, null)))
        .hasSize(10)
        .allMatch(e -> e.event().actor().equals("analyst1"));
    assertThat(search(log, new AuditFilter(null, Operation.DISCLOSE, null, null, null, null)))
        .extracting(AuditEntry::seq)
        .containsExactly(30L, 20L, 10L);
    assertThat(search(log, new AuditFilter(null, null, "incident.", null, null, null))).hasSize(3);
    // A whole reference, not a prefix: person:P1000 is not person:P10001.
    assertThat(search(log, new AuditFilter(null, null, null, "person:P1000", null, null)))
        .isEmpty();
    assertThat(search(log, new AuditFilter(null, null, null, "person:P10003", null, null)))
        .extracting(AuditEntry::seq)
        .containsExactly(4L);
    Instant from = Instant.parse("2026-11-02T09:05:00Z");
    Instant to = Instant.parse("2026-11-02T09:08:00Z");
    assertThat(search(log, new AuditFilter(null, null, null, null, from, to)))
        .extracting(AuditEntry::seq)
        .containsExactly(8L, 7L, 6L);
    // Wildcards typed by a user are taken literally.
    assertThat(search(log, new AuditFilter(null, null, "%", null, null, null))).isEmpty();
  }

  private static List<AuditEntry> search(AuditService log, AuditFilter filter) {
    return log.search(filter, new PageRequest(1, 100)).items();
  }

  private static void assertBreak(ChainReport report, long seq, Tamper kind) {
    assertThat(report.intact()).as("the chain should be broken").isFalse();
    assertThat(report.firstBreak().kind()).as(report.firstBreak().detail()).isEqualTo(kind);
    assertThat(report.firstBreak().seq()).as(report.firstBreak().detail()).isEqualTo(seq);
  }

  private static AuditService filled(TestDatabase db, int n) {
    AuditService log = new AuditService(new AuditStore(db.jdbc(), db.template()));
    for (int i = 0; i < n; i++) {
      boolean disclosure = (i + 1) % 10 == 0;
      log.append(
          new AuditEvent(
              T0.plusSeconds(i * 60L),
              "analyst" + (i % 3),
              "ANALYST",
              disclosure ? Operation.DISCLOSE : Operation.CONSULT,
              disclosure ? "incident.notification-list" : "person.view",
              List.of(disclosure ? "incident:" + i : "person:P" + (10000 + i)),
              disclosure ? 1200 : 1,
              disclosure ? List.of("party:ico") : List.of(),
              disclosure ? Channel.EXPORT : Channel.SCREEN,
              "10.0.0." + i,
              i % 2 == 0 ? "case 26/" + i : null,
              Outcome.DONE));
    }
    return log;
  }
}
