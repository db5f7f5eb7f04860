package uk.warden.app.exports.store;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.warden.app.testing.Fixtures.agreement;
import static uk.warden.app.testing.Fixtures.supplier;
import static uk.warden.app.testing.Fixtures.system;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.warden.app.exports.CheckedFile;
import uk.warden.app.exports.ExtractCheck;
import uk.warden.app.exports.ExtractStatus;
import uk.warden.app.exports.RecordedExtract;
import uk.warden.app.testing.StoreTest;
import uk.warden.app.testing.TestDatabase;
import uk.warden.core.custody.PersonSet;
import uk.warden.core.custody.Transfer;
import uk.warden.core.custody.TransferMethod;
import uk.warden.core.register.Agreement;
import uk.warden.core.register.ExtractFormat;
import uk.warden.core.register.ExtractRules;
import uk.warden.core.trace.CanaryCount;
import uk.warden.core.trace.ExtractFingerprint;
import uk.warden.core.trace.ExtractMarker;
import uk.warden.core.trace.TraceKey;
import uk.warden.inspect.report.Verdict;

/**
 * Extracts, their approval states, the frequency count and the kept checks, on H2 and PostgreSQL;
 * and an agreement's extract rules kept and replaced with it.
 */
class ExtractStoreTests {

  private static final Instant JAN = Instant.parse("2026-01-10T10:00:00Z");
  private static final Instant FEB = Instant.parse("2026-02-10T10:00:00Z");
  private static final String SHA = "cd".repeat(32);
  private static final ExtractRules RULES =
      new ExtractRules(
          ExtractRules.PeopleRule.UNITS,
          Set.of("response", "custody"),
          500,
          new ExtractRules.Frequency(2, 30),
          Set.of(ExtractFormat.CSV, ExtractFormat.ZIP));

  private static void register(TestDatabase db) {
    db.parties().insert(supplier("printer"));
    db.systems().insert(system("hr", null));
    db.agreements().insert(agreement("printer-dpa", "printer").withExtracts(RULES));
  }

  @StoreTest
  void anAgreementsExtractRulesAreKeptReplacedAndRemovedWithIt(TestDatabase db) {
    register(db);
    Agreement read = db.agreements().find("printer-dpa").orElseThrow();
    assertThat(read.extracts()).isEqualTo(RULES);

    ExtractRules named =
        new ExtractRules(
            ExtractRules.PeopleRule.NAMED, Set.of(), null, null, Set.of(ExtractFormat.XLSX));
    db.agreements().update(read.withExtracts(named));
    assertThat(db.agreements().find("printer-dpa").orElseThrow().extracts()).isEqualTo(named);

    db.agreements().update(read.withExtracts(null));
    assertThat(db.agreements().find("printer-dpa").orElseThrow().extracts()).isNull();
    assertThat(db.rows("agreement_extract_rules")).isZero();
  }

  @StoreTest
  void aHeldExtractIsReleasedOnceAndThenTracedAgainst(TestDatabase db) {
    register(db);
    ExtractStore store = store(db);
    long id = store.nextId();
    store.insert(held(id, JAN), fingerprint(id), new byte[] {1, 2, 3}, new byte[] {4, 5});

    assertThat(store.held()).extracting(RecordedExtract::id).containsExactly(id);
    assertThat(traced(store)).isEmpty();
    long transfer = transfer(db);

    assertThat(store.release(id, transfer, "bob", FEB)).isTrue();
    assertThat(store.release(id, transfer, "carol", FEB)).isFalse();
    assertThat(store.refuse(id, "carol", FEB, "too late")).isFalse();

    RecordedExtract released = store.find(id).orElseThrow();
    assertThat(released.status()).isEqualTo(ExtractStatus.RELEASED);
    assertThat(released.transferId()).isEqualTo(transfer);
    assertThat(released.decidedBy()).isEqualTo("bob");
    assertThat(released.decidedAt()).isEqualTo(FEB);
    assertThat(released.approvalReasons()).containsExactly("4,210 people", "high-risk");
    assertThat(store.sealedFile(id)).hasValueSatisfying(f -> assertThat(f).hasSize(3));
    assertThat(store.held()).isEmpty();
    assertThat(traced(store)).containsExactly(Long.toString(id));
    assertThat(store.recent(5)).extracting(RecordedExtract::id).containsExactly(id);
  }

  @StoreTest
  void keptCopiesOfReleasedExtractsAreDroppedAfterTheirTimeButHeldOnesStay(TestDatabase db) {
    register(db);
    ExtractStore store = store(db);
    long released = store.nextId();
    store.insert(held(released, JAN), fingerprint(released), new byte[] {1}, new byte[] {2});
    store.release(released, transfer(db), "bob", JAN);
    long held = store.nextId();
    store.insert(held(held, JAN), fingerprint(held), new byte[] {3}, new byte[] {4});

    assertThat(store.dropCopiesReleasedBefore(JAN)).isZero();
    assertThat(store.dropCopiesReleasedBefore(FEB)).isEqualTo(1);

    assertThat(store.sealedFile(released)).isEmpty();
    assertThat(store.sealedFile(held)).isPresent();
    assertThat(store.find(released).orElseThrow().status()).isEqualTo(ExtractStatus.RELEASED);
  }

  @StoreTest
  void aRefusedExtractLosesItsFileAndIsNeverTracedAgainst(TestDatabase db) {
    register(db);
    ExtractStore store = store(db);
    long id = store.nextId();
    store.insert(held(id, JAN), fingerprint(id), new byte[] {1}, new byte[] {2});

    assertThat(store.refuse(id, "bob", FEB, "not needed for cards")).isTrue();

    RecordedExtract refused = store.find(id).orElseThrow();
    assertThat(refused.status()).isEqualTo(ExtractStatus.REFUSED);
    assertThat(refused.decisionNote()).isEqualTo("not needed for cards");
    assertThat(store.sealedFile(id)).isEmpty();
    assertThat(store.sealedPeople(id)).isEmpty();
    assertThat(traced(store)).isEmpty();
  }

  @StoreTest
  void theFrequencyCountsExtractsNotRefusedAndRecordedChecksInTheWindow(TestDatabase db) {
    register(db);
    ExtractStore store = store(db);
    long old = store.nextId();
    store.insert(held(old, JAN), fingerprint(old), null, null);
    long refused = store.nextId();
    store.insert(held(refused, FEB), fingerprint(refused), new byte[] {1}, null);
    store.refuse(refused, "bob", FEB, "no");
    long recent = store.nextId();
    store.insert(held(recent, FEB), fingerprint(recent), null, null);
    store.insertCheck(check(FEB, Verdict.PASS, List.of(), transfer(db)));
    store.insertCheck(check(FEB, Verdict.BLOCK, List.of(problem()), null));

    assertThat(store.sentSince("printer-dpa", FEB.minusSeconds(86_400))).isEqualTo(2);
    assertThat(store.sentSince("printer-dpa", JAN.minusSeconds(86_400))).isEqualTo(3);
    assertThat(store.sentSince("other", JAN)).isZero();
  }

  @StoreTest
  void aCheckIsKeptWithItsProblemsNewestFirst(TestDatabase db) {
    register(db);
    ExtractStore store = store(db);
    CheckedFile passed = store.insertCheck(check(JAN, Verdict.PASS, List.of(), null));
    CheckedFile blocked = store.insertCheck(check(FEB, Verdict.BLOCK, List.of(problem()), null));

    List<CheckedFile> read = store.checksOf("printer-dpa");

    assertThat(read).extracting(CheckedFile::id).containsExactly(blocked.id(), passed.id());
    assertThat(read.get(0).problems()).containsExactly(problem());
    assertThat(read.get(0).verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(read.get(1).problems()).isEmpty();
    assertThat(read.get(1).checkedAt()).isEqualTo(JAN);
  }

  private static ExtractStore store(TestDatabase db) {
    return new ExtractStore(db.jdbc(), db.template());
  }

  private static List<String> traced(ExtractStore store) {
    List<String> ids = new ArrayList<>();
    store.forEachFingerprint((extract, fingerprint) -> ids.add(fingerprint.extractId()));
    return ids;
  }

  private static RecordedExtract held(long id, Instant at) {
    return new RecordedExtract(
        id,
        null,
        "printer-dpa",
        "printer",
        at,
        "alice",
        SHA,
        4_210,
        4,
        List.of("pay_number", "surname"),
        ExtractFormat.CSV,
        ExtractStatus.HELD,
        List.of("4,210 people", "high-risk"),
        null,
        null,
        null);
  }

  private static ExtractFingerprint fingerprint(long id) {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      rows.add(List.of("PN" + (200_000 + i), "Surname" + i));
    }
    return new ExtractMarker(new TraceKey(new byte[32]), CanaryCount.STANDARD)
        .mark(Long.toString(id), List.of("pay_number", "surname"), rows, key -> false)
        .fingerprint();
  }

  private static long transfer(TestDatabase db) {
    long id = db.transfers().nextId();
    db.transfers()
        .insert(
            new Transfer(
                id,
                FEB,
                "hr",
                "printer",
                null,
                "printer-dpa",
                Set.of("user.name"),
                PersonSet.of(1),
                TransferMethod.FILE,
                SHA,
                null),
            FEB,
            "alice");
    return id;
  }

  private static CheckedFile check(
      Instant at, Verdict verdict, List<ExtractCheck.Problem> problems, Long transfer) {
    return new CheckedFile(
        0, "printer-dpa", at, "alice", "hr-extract.csv", SHA, verdict, 12, problems, transfer);
  }

  private static ExtractCheck.Problem problem() {
    return new ExtractCheck.Problem(
        "COLUMN_NOT_PERMITTED",
        "column 'vetting_level' holds user.workforce.vetting_level, which agreement printer-dpa"
            + " does not permit");
  }
}
