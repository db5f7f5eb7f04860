package uk.warden.app.custody.store;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.warden.app.testing.Fixtures.agreement;
import static uk.warden.app.testing.Fixtures.fullPerson;
import static uk.warden.app.testing.Fixtures.supplier;
import static uk.warden.app.testing.Fixtures.system;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.warden.app.custody.DeletionSummary;
import uk.warden.app.custody.TransferSummary;
import uk.warden.app.platform.PageRequest;
import uk.warden.app.platform.StoreVersions;
import uk.warden.app.platform.StoreVersions.Topic;
import uk.warden.app.testing.StoreTest;
import uk.warden.app.testing.TestDatabase;
import uk.warden.core.custody.Deletion;
import uk.warden.core.custody.DeletionScope;
import uk.warden.core.custody.PersonSet;
import uk.warden.core.custody.Transfer;
import uk.warden.core.custody.TransferMethod;

class CustodyStoreTests {

  private static final Instant JAN = Instant.parse("2025-01-31T10:00:00Z");
  private static final Instant FEB = Instant.parse("2025-02-28T10:00:00Z");
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  private static final String SHA = "ab".repeat(32);

  private static void register(TestDatabase db) {
    db.parties().insert(supplier("printer"));
    db.parties().insert(supplier("payroll"));
    db.systems().insert(system("hr", null));
    db.systems().insert(system("card-system", "printer"));
    db.agreements().insert(agreement("printer-dpa", "printer"));
  }

  private static Transfer transfer(long id, Instant at, String party, PersonSet people) {
    return new Transfer(
        id,
        at,
        "hr",
        party,
        party.equals("printer") ? "card-system" : null,
        party.equals("printer") ? "printer-dpa" : null,
        Set.of("user.name", "user.biometric.photo"),
        people,
        TransferMethod.PRINT_BUREAU,
        SHA,
        "Head of Information Management");
  }

  @StoreTest
  void keepsEveryFactOfATransferAndItsPeopleBitmap(TestDatabase db) {
    register(db);
    PersonSet people = PersonSet.range(1, 70_000).or(PersonSet.of(900_001));
    Transfer sent = transfer(db.transfers().nextId(), JAN, "printer", people);

    db.transfers().insert(sent, NOW, "dpo");

    List<Transfer> read = new ArrayList<>();
    db.transfers().forEach(read::add);
    assertThat(read).containsExactly(sent);
    assertThat(read.get(0).people()).isEqualTo(people);
    TransferSummary summary = db.transfers().find(sent.id()).orElseThrow();
    assertThat(summary.people()).isEqualTo(people.size());
    assertThat(summary.recordedAt()).isEqualTo(NOW);
    assertThat(summary.recordedBy()).isEqualTo("dpo");
    assertThat(summary.categories()).containsExactlyInAnyOrder("user.name", "user.biometric.photo");
    assertThat(summary.sha256()).isEqualTo(SHA);
  }

  @StoreTest
  void idsComeFromASequenceThatContinuesAfterAGeneratedHistory(TestDatabase db) {
    register(db);
    TransferStore store = db.transfers();
    long first = store.nextId();
    assertThat(store.nextId()).isEqualTo(first + 1);

    store.insertAll(
        List.of(
            transfer(100, JAN, "printer", PersonSet.of(1)),
            transfer(101, FEB, "payroll", PersonSet.of(2))),
        NOW,
        "demo");
    store.advanceSequence();

    assertThat(store.nextId()).isEqualTo(102);
    assertThat(store.ids()).containsExactly(100L, 101L);
    assertThat(store.withIds(List.of(101L)))
        .extracting(Transfer::toParty)
        .containsExactly("payroll");
  }

  @StoreTest
  void pagesTransfersNewestFirstAndByParty(TestDatabase db) {
    register(db);
    db.transfers()
        .insertAll(
            List.of(
                transfer(1, JAN, "printer", PersonSet.of(1)),
                transfer(2, FEB, "printer", PersonSet.of(1, 2)),
                transfer(3, FEB, "payroll", PersonSet.of(3))),
            NOW,
            "demo");

    var printer = db.transfers().page("printer", new PageRequest(1, 1));
    assertThat(printer.total()).isEqualTo(2);
    assertThat(printer.items()).extracting(TransferSummary::id).containsExactly(2L);
    assertThat(db.transfers().page(null, new PageRequest(1, 10)).total()).isEqualTo(3);
  }

  @StoreTest
  void keepsEachKindOfDeletionScope(TestDatabase db) {
    register(db);
    db.transfers().insert(transfer(1, JAN, "printer", PersonSet.of(1, 2, 3)), NOW, "demo");
    DeletionStore store = db.deletions();
    Deletion all = new Deletion(store.nextId(), "printer", FEB, new DeletionScope.All(), "DC-1");
    Deletion one =
        new Deletion(store.nextId(), "printer", FEB, new DeletionScope.OneTransfer(1), "DC-2");
    Deletion some =
        new Deletion(
            store.nextId(), "printer", FEB, new DeletionScope.People(PersonSet.of(2, 3)), "DC-3");

    store.insertAll(List.of(all, one, some), NOW, "dpo");

    List<Deletion> read = new ArrayList<>();
    store.forEach(read::add);
    assertThat(read).containsExactly(all, one, some);
    assertThat(store.except(Set.of(all.id(), one.id()))).containsExactly(some);
    DeletionSummary summary = store.find(some.id()).orElseThrow();
    assertThat(summary.scope()).isEqualTo("PEOPLE");
    assertThat(summary.people()).isEqualTo(2);
    assertThat(store.find(one.id()).orElseThrow().transferId()).isEqualTo(1L);
    assertThat(store.page("printer", new PageRequest(1, 10)).total()).isEqualTo(3);
  }

  @StoreTest
  void versionsCountWritesPerTopic(TestDatabase db) {
    db.parties().insert(supplier("printer"));
    StoreVersions versions = db.versions();
    long people = versions.version(Topic.PEOPLE);
    long register = versions.version(Topic.REGISTER);

    db.withRanks().people().insertAll(List.of(fullPerson(1, "P1")));
    db.agreements().insert(agreement("a", "printer"));

    assertThat(versions.version(Topic.PEOPLE)).isEqualTo(people + 1);
    assertThat(versions.version(Topic.REGISTER)).isGreaterThan(register);
    assertThat(versions.version(Topic.CUSTODY)).isZero();
  }
}
