package uk.warden.app.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import uk.warden.app.disclosure.store.InspectionStore;
import uk.warden.app.platform.Page;
import uk.warden.app.platform.PageRequest;
import uk.warden.app.platform.RefusedException;
import uk.warden.app.testing.MutableClock;
import uk.warden.app.testing.StoreTest;
import uk.warden.app.testing.TestDatabase;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;
import uk.warden.inspect.content.Format;
import uk.warden.inspect.content.Location;
import uk.warden.inspect.policy.Expectation;
import uk.warden.inspect.report.ColumnReport;
import uk.warden.inspect.report.FileReport;
import uk.warden.inspect.report.Finding;
import uk.warden.inspect.report.Severity;
import uk.warden.inspect.report.Verdict;

/** The two-person release rule and the record it keeps, on H2 and on PostgreSQL. */
class ReleaseServiceTests {

  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
  private static final String SHA = "5e".repeat(32);
  private static final String CHECKED = "checked the comments sheet, no names in it";

  private final MutableClock clock = new MutableClock(START);

  private ReleaseService service(TestDatabase db) {
    return service(db, new InspectionStore(db.jdbc()));
  }

  private ReleaseService service(TestDatabase db, InspectionStore store) {
    InspectionService inspections =
        new InspectionService("", new WorkforceHashes(db.people(), db.versions(), db.keys()));
    return new ReleaseService(inspections, store, db.transactions(), clock);
  }

  /** A report with one of everything the page and the API show, judged {@code verdict}. */
  static FileReport report(String file, Verdict verdict) {
    Location sheet = Location.of(file).part("Comments").range("A1:C40");
    return FileReport.of(
        file,
        Format.XLSX,
        48_213,
        verdict,
        List.of(
            new Finding("COMMENTS", Severity.LOW, Verdict.REVIEW, sheet, 12, "12 comments"),
            new Finding(
                "PERSON_NAME",
                Severity.MEDIUM,
                verdict,
                Location.of(file + " > staff.csv"),
                39,
                "39 names, e.g. J*** S****")),
        List.of(
            new ColumnReport(sheet.range("B2:B40"), "Surname", "PERSON_NAME", 39, "S****", null)),
        Map.of("PERSON_NAME", 39L));
  }

  @StoreTest
  void keepsTheWholeReportWithItsFingerprintAndWhoInspectedIt(TestDatabase db) {
    ReleaseService releases = service(db);
    FileReport report = report("foi-4471.xlsx", Verdict.REVIEW);

    RecordedInspection recorded = releases.record(report, SHA, Expectation.AGGREGATE, "alice");

    RecordedInspection read = releases.inspection(recorded.id());
    assertThat(read.report()).isEqualTo(report);
    assertThat(read.sha256()).isEqualTo(SHA);
    assertThat(read.expectation()).isEqualTo(Expectation.AGGREGATE);
    assertThat(read.inspectedBy()).isEqualTo("alice");
    assertThat(read.inspectedAt()).isEqualTo(START);
    assertThat(read.status()).isEqualTo(ReleaseStatus.PENDING);
    assertThat(read.approvalsNeeded()).isEqualTo(2);
    assertThat(read.decisions()).isEmpty();
    assertThat(recorded).isEqualTo(read);
  }

  @StoreTest
  void anUploadIsInspectedAsTheInspectionServiceSeesItAndFingerprinted(TestDatabase db)
      throws Exception {
    byte[] bytes = "Rank,Officers\nConstable,812\nSergeant,140\n".getBytes(StandardCharsets.UTF_8);
    FileReport expected =
        new InspectionService("", new WorkforceHashes(db.people(), db.versions(), db.keys()))
            .inspect(new ByteArrayInputStream(bytes), "ranks.csv", Expectation.AGGREGATE);

    RecordedInspection recorded =
        service(db)
            .inspect(new ByteArrayInputStream(bytes), "ranks.csv", Expectation.AGGREGATE, "bob");

    assertThat(recorded.report()).isEqualTo(expected);
    assertThat(recorded.report().bytes()).isEqualTo(bytes.length);
    assertThat(recorded.sha256())
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
    assertThat(recorded.status())
        .isEqualTo(
            expected.verdict() == Verdict.BLOCK ? ReleaseStatus.BLOCKED : ReleaseStatus.PENDING);
  }

  @StoreTest
  void twoDifferentPeopleApprovingMakeAPassReleasable(TestDatabase db) {
    ReleaseService releases = service(db);
    long id = releases.record(report("a.xlsx", Verdict.PASS), SHA, Expectation.UNSTATED, "up").id();

    clock.advance(Duration.ofMinutes(5));
    RecordedInspection once = releases.decide(id, Decision.APPROVE, null, "alice");
    clock.advance(Duration.ofMinutes(5));
    RecordedInspection twice = releases.decide(id, Decision.APPROVE, "  ", "bob");

    assertThat(once.status()).isEqualTo(ReleaseStatus.PENDING);
    assertThat(once.approvalsNeeded()).isEqualTo(1);
    assertThat(twice.status()).isEqualTo(ReleaseStatus.RELEASABLE);
    assertThat(twice.approvalsNeeded()).isZero();
    assertThat(releases.inspection(id).decisions())
        .containsExactly(
            new ReleaseDecision(Decision.APPROVE, "alice", START.plusSeconds(300), ""),
            new ReleaseDecision(Decision.APPROVE, "bob", START.plusSeconds(600), ""));
  }

  @StoreTest
  void theUploaderMayBeOneOfTheTwo(TestDatabase db) {
    ReleaseService releases = service(db);
    long id =
        releases.record(report("a.xlsx", Verdict.REVIEW), SHA, Expectation.UNSTATED, "alice").id();

    releases.decide(id, Decision.APPROVE, CHECKED, "alice");
    RecordedInspection decided = releases.decide(id, Decision.APPROVE, CHECKED, "bob");

    assertThat(decided.status()).isEqualTo(ReleaseStatus.RELEASABLE);
  }

  @StoreTest
  void theSamePersonApprovingTwiceIsRefusedAndNothingIsRecorded(TestDatabase db) {
    ReleaseService releases = service(db);
    long id = releases.record(report("a.xlsx", Verdict.PASS), SHA, Expectation.UNSTATED, "up").id();
    releases.decide(id, Decision.APPROVE, "", "alice");

    assertThatThrownBy(() -> releases.decide(id, Decision.APPROVE, "really sure now", "alice"))
        .isInstanceOfSatisfying(
            RefusedException.class,
            e -> {
              assertThat(e.problem()).isEqualTo("same-approver");
              assertThat(e.getMessage()).contains("different person");
            });

    RecordedInspection read = releases.inspection(id);
    assertThat(read.status()).isEqualTo(ReleaseStatus.PENDING);
    assertThat(read.approvalsNeeded()).isEqualTo(1);
    assertThat(db.rows("release_decision")).isEqualTo(1);
  }

  @StoreTest
  void aBlockIsBlockedAtOnceAndTakesNoDecisionAtAll(TestDatabase db) {
    ReleaseService releases = service(db);
    RecordedInspection blocked =
        releases.record(report("psni.xlsx", Verdict.BLOCK), SHA, Expectation.AGGREGATE, "up");

    assertThat(blocked.status()).isEqualTo(ReleaseStatus.BLOCKED);
    assertThat(blocked.approvalsNeeded()).isZero();
    for (Decision decision : Decision.values()) {
      assertThatThrownBy(() -> releases.decide(blocked.id(), decision, CHECKED, "alice"))
          .isInstanceOfSatisfying(
              RefusedException.class,
              e -> {
                assertThat(e.problem()).isEqualTo("blocked");
                assertThat(e.getMessage()).contains("Sanitise").contains("inspect the new file");
              });
    }
    assertThat(db.rows("release_decision")).isZero();
    assertThat(releases.inspection(blocked.id()).status()).isEqualTo(ReleaseStatus.BLOCKED);
  }

  @StoreTest
  void theStoreItselfRefusesToMarkABlockedFileReleasable(TestDatabase db) {
    ReleaseService releases = service(db);
    long id =
        releases.record(report("psni.xlsx", Verdict.BLOCK), SHA, Expectation.UNSTATED, "up").id();

    assertThatThrownBy(() -> new InspectionStore(db.jdbc()).setStatus(id, ReleaseStatus.RELEASABLE))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThat(releases.inspection(id).status()).isEqualTo(ReleaseStatus.BLOCKED);
  }

  @StoreTest
  void approvingAReviewNeedsAReasonOfAFewWordsAndAPassDoesNot(TestDatabase db) {
    ReleaseService releases = service(db);
    long review =
        releases.record(report("r.xlsx", Verdict.REVIEW), SHA, Expectation.UNSTATED, "up").id();
    long pass =
        releases.record(report("p.xlsx", Verdict.PASS), SHA, Expectation.UNSTATED, "up").id();

    for (String thin : new String[] {null, "", "fine", "looks fine", "ok - -"}) {
      assertThatThrownBy(() -> releases.decide(review, Decision.APPROVE, thin, "alice"))
          .isInstanceOfSatisfying(
              BadInputException.class,
              e ->
                  assertThat(e.problems())
                      .extracting(InputProblem::field)
                      .containsExactly("reason"));
    }
    assertThat(db.rows("release_decision")).isZero();

    releases.decide(review, Decision.APPROVE, "  " + CHECKED + "\n", "alice");
    releases.decide(pass, Decision.APPROVE, null, "alice");

    assertThat(releases.inspection(review).decisions().get(0).reason()).isEqualTo(CHECKED);
    assertThat(releases.inspection(pass).decisions().get(0).reason()).isEmpty();
  }

  @StoreTest
  void anyRejectionRejectsEvenFromAnEarlierApproverAndNeedsAReason(TestDatabase db) {
    ReleaseService releases = service(db);
    long id = releases.record(report("a.xlsx", Verdict.PASS), SHA, Expectation.UNSTATED, "up").id();
    releases.decide(id, Decision.APPROVE, "", "alice");

    assertThatThrownBy(() -> releases.decide(id, Decision.REJECT, " ", "alice"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("a rejection needs a reason");
    RecordedInspection rejected =
        releases.decide(id, Decision.REJECT, "column D holds home postcodes", "alice");

    assertThat(rejected.status()).isEqualTo(ReleaseStatus.REJECTED);
    assertThat(rejected.approvalsNeeded()).isZero();
    assertThat(rejected.decisions())
        .extracting(ReleaseDecision::decision)
        .containsExactly(Decision.APPROVE, Decision.REJECT);
  }

  @StoreTest
  void aDecidedInspectionTakesNoMoreDecisions(TestDatabase db) {
    ReleaseService releases = service(db);
    long released =
        releases.record(report("a.xlsx", Verdict.PASS), SHA, Expectation.UNSTATED, "up").id();
    releases.decide(released, Decision.APPROVE, "", "alice");
    releases.decide(released, Decision.APPROVE, "", "bob");
    long rejected =
        releases.record(report("b.xlsx", Verdict.PASS), SHA, Expectation.UNSTATED, "up").id();
    releases.decide(rejected, Decision.REJECT, "wrong file attached", "alice");

    assertThatThrownBy(() -> releases.decide(released, Decision.REJECT, "too late", "carol"))
        .isInstanceOfSatisfying(
            RefusedException.class,
            e -> {
              assertThat(e.problem()).isEqualTo("decided");
              assertThat(e.getMessage()).contains("already releasable");
            });
    assertThatThrownBy(() -> releases.decide(rejected, Decision.APPROVE, "", "bob"))
        .isInstanceOfSatisfying(
            RefusedException.class, e -> assertThat(e.getMessage()).contains("already rejected"));

    assertThat(releases.inspection(released).status()).isEqualTo(ReleaseStatus.RELEASABLE);
    assertThat(releases.inspection(rejected).status()).isEqualTo(ReleaseStatus.REJECTED);
    assertThat(db.rows("release_decision")).isEqualTo(3);
  }

  @StoreTest
  void aDecisionAndTheStatusItCausesAreWrittenTogetherOrNotAtAll(TestDatabase db) {
    InspectionStore failing =
        new InspectionStore(db.jdbc()) {
          @Override
          public void setStatus(long id, ReleaseStatus status) {
            throw new IllegalStateException("the store went away");
          }
        };
    ReleaseService releases = service(db, failing);
    long id = releases.record(report("a.xlsx", Verdict.PASS), SHA, Expectation.UNSTATED, "up").id();
    releases.decide(id, Decision.APPROVE, "", "alice");

    assertThatThrownBy(() -> releases.decide(id, Decision.APPROVE, "", "bob"))
        .hasMessage("the store went away");

    assertThat(db.rows("release_decision")).isEqualTo(1);
    assertThat(releases.inspection(id).status()).isEqualTo(ReleaseStatus.PENDING);
  }

  @StoreTest
  void refusesAMissingDecisionAndAnOverlongReasonAndAnUnknownInspection(TestDatabase db) {
    ReleaseService releases = service(db);
    long id = releases.record(report("a.xlsx", Verdict.PASS), SHA, Expectation.UNSTATED, "up").id();

    assertThatThrownBy(() -> releases.decide(id, null, CHECKED, "alice"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("must be APPROVE or REJECT");
    assertThatThrownBy(
            () ->
                releases.decide(
                    id, Decision.REJECT, "word ".repeat(ReleaseService.REASON_MAX_CHARS), "alice"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("at most 2000 characters");
    assertThatThrownBy(() -> releases.decide(id + 1000, Decision.APPROVE, "", "alice"))
        .isInstanceOf(uk.warden.app.platform.NotFoundException.class)
        .hasMessage("no inspection " + (id + 1000));
    assertThat(db.rows("release_decision")).isZero();
  }

  @StoreTest
  void listsNewestFirstAPageAtATimeAndByStatus(TestDatabase db) {
    ReleaseService releases = service(db);
    long first =
        releases.record(report("1.xlsx", Verdict.PASS), SHA, Expectation.UNSTATED, "a").id();
    clock.advance(Duration.ofMinutes(1));
    long second =
        releases.record(report("2.xlsx", Verdict.BLOCK), SHA, Expectation.RECORDS, "b").id();
    clock.advance(Duration.ofMinutes(1));
    long third =
        releases.record(report("3.xlsx", Verdict.REVIEW), SHA, Expectation.UNSTATED, "c").id();

    Page<InspectionEntry> page = releases.inspections(null, new PageRequest(1, 2));
    assertThat(page.total()).isEqualTo(3);
    assertThat(page.items()).extracting(InspectionEntry::id).containsExactly(third, second);
    assertThat(releases.inspections(null, new PageRequest(2, 2)).items())
        .extracting(InspectionEntry::id)
        .containsExactly(first);
    assertThat(releases.inspections(ReleaseStatus.BLOCKED, PageRequest.of(null, null)).items())
        .containsExactly(
            new InspectionEntry(
                second,
                "2.xlsx",
                Format.XLSX,
                48_213,
                Verdict.BLOCK,
                Expectation.RECORDS,
                ReleaseStatus.BLOCKED,
                "b",
                START.plusSeconds(60)));
  }
}
