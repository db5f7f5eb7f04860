package uk.warden.app.breach.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.warden.core.breach.ExposureWindow;
import uk.warden.core.breach.Impact;
import uk.warden.core.breach.ImpactEngine;
import uk.warden.core.breach.Incident;
import uk.warden.core.breach.PersonAttributes;
import uk.warden.core.breach.RiskMatrix;
import uk.warden.core.custody.CustodyLedger;
import uk.warden.core.custody.Deletion;
import uk.warden.core.custody.DeletionScope;
import uk.warden.core.custody.PersonSet;
import uk.warden.core.custody.RetentionRules;
import uk.warden.core.custody.Transfer;
import uk.warden.core.custody.TransferMethod;
import uk.warden.core.register.ClearanceLevel;
import uk.warden.core.register.EmploymentStatus;
import uk.warden.core.register.PersonKind;
import uk.warden.core.register.SensitivityFlag;

/**
 * A small force and a warrant-card printer breach, built as the core's impact tests build theirs:
 * people as attribute columns, custody as transfers to the printer, then the engine.
 */
final class ReportFixtures {

  static final Instant START = Instant.parse("2023-01-01T00:00:00Z");
  static final String PRINTER = "cardco";

  static final String NAME = "user.name";
  static final String PHOTO = "user.biometric.photo";
  static final String VETTING = "user.workforce.vetting_level";
  static final String RANK = "user.workforce.rank";
  static final String PAY_NUMBER = "user.workforce.pay_number";

  /** Who the register knows, and what the directory tells the list about them. */
  record Member(
      NotifiedPerson person, @Nullable ClearanceLevel clearance, Set<SensitivityFlag> flags) {}

  /**
   * Index 6 is in the custody ledger but not in the register: a person deleted from HR since the
   * file was sent, say. Names and pay numbers carry spreadsheet formulas where HR imports could.
   */
  static final List<Member> MEMBERS =
      List.of(
          member(
              0,
              "MP1004",
              "Okafor",
              "Adaeze",
              PersonKind.OFFICER,
              "PC",
              "response",
              EmploymentStatus.SERVING),
          new Member(
              new NotifiedPerson(
                  1,
                  "MP1001",
                  "Pritchard",
                  "Siân",
                  PersonKind.OFFICER,
                  "DS",
                  "ct",
                  EmploymentStatus.SERVING),
              ClearanceLevel.SC,
              Set.of(SensitivityFlag.COUNTER_TERRORISM)),
          member(
              2,
              "MP1002",
              "=SUM(A1:A9)",
              "@evil",
              PersonKind.STAFF,
              "Band C",
              "hr",
              EmploymentStatus.SERVING),
          member(
              3,
              "MP1003",
              "Hughes",
              "Gareth",
              PersonKind.OFFICER,
              "SGT",
              "roads",
              EmploymentStatus.LEFT),
          member(
              4,
              "C-0042",
              "Novak",
              "Piotr",
              PersonKind.CONTRACTOR,
              null,
              null,
              EmploymentStatus.SERVING),
          member(
              5,
              "MP1005",
              "Wright",
              "Ellen",
              PersonKind.STAFF,
              "Band D",
              "hr",
              EmploymentStatus.SUSPENDED),
          member(
              7,
              "-1000",
              "Bianchi",
              "Lucia",
              PersonKind.STAFF,
              "Band B",
              "+finance",
              EmploymentStatus.SERVING),
          member(
              8,
              "MP0999",
              "Achterberg",
              "Johanna",
              PersonKind.OFFICER,
              "PC",
              "response",
              EmploymentStatus.SERVING));

  private ReportFixtures() {}

  static Instant day(int day) {
    return START.plus(Duration.ofDays(day));
  }

  static PersonAttributes attributes() {
    PersonAttributes.Builder builder = PersonAttributes.builder();
    for (Member m : MEMBERS) {
      NotifiedPerson p = m.person();
      builder.add(
          p.id(),
          p.kind(),
          p.status(),
          p.rankOrGrade(),
          p.unit(),
          m.clearance(),
          m.clearance() == null ? Set.of() : Set.of(m.clearance()),
          m.flags());
    }
    return builder.build();
  }

  static PersonDirectory directory() {
    List<NotifiedPerson> people = new ArrayList<>();
    MEMBERS.forEach(m -> people.add(m.person()));
    return PersonDirectory.of(people);
  }

  /**
   * Window known, days 10 to 20. The card file (name, photo, vetting, rank) went on day 1, so its
   * people are certain and high risk; names only on day 1 (certain, low); two files on day 15, in
   * the window, so possible: pay numbers (low) and a photograph (high).
   */
  static Impact cardFileKnownWindow() {
    CustodyLedger ledger = new CustodyLedger(RetentionRules.none());
    ledger.add(transfer(1, 1, Set.of(NAME, PHOTO, VETTING, RANK), 0, 1, 3, 4));
    ledger.add(transfer(2, 1, Set.of(NAME), 2, 5, 6));
    ledger.add(transfer(3, 15, Set.of(NAME, PAY_NUMBER), 7));
    ledger.add(transfer(4, 15, Set.of(NAME, PHOTO), 8));
    Incident incident = incident("INC-2023-031", ExposureWindow.between(day(10), day(20)));
    return ImpactEngine.assess(incident, ledger, attributes(), RiskMatrix.standard(), day(42));
  }

  /**
   * Start unknown, end day 20: the card file was deleted on day 12, before the best case starts
   * (the last transfer before the end, day 15), so 4 high-risk people are in the worst case only.
   */
  static Incident unknownStartIncident() {
    return incident("INC-2023-032", new ExposureWindow(null, day(20)));
  }

  static CustodyLedger unknownStartLedger() {
    CustodyLedger ledger = new CustodyLedger(RetentionRules.none());
    ledger.add(transfer(1, 1, Set.of(NAME, PHOTO, VETTING, RANK), 0, 1, 3, 4));
    ledger.add(new Deletion(100, PRINTER, day(12), new DeletionScope.OneTransfer(1), "DC-100"));
    ledger.add(transfer(2, 5, Set.of(NAME), 2, 5, 6));
    ledger.add(transfer(3, 15, Set.of(NAME, PAY_NUMBER), 7, 8));
    return ledger;
  }

  static Impact assess(Incident incident, CustodyLedger ledger, Instant now) {
    return ImpactEngine.assess(incident, ledger, attributes(), RiskMatrix.standard(), now);
  }

  static Incident incident(String id, ExposureWindow window) {
    return Incident.of(
        id, "Warrant card printer breach", Set.of(PRINTER), window, day(30), day(31));
  }

  static Transfer transfer(long id, int day, Set<String> categories, int... people) {
    return new Transfer(
        id,
        day(day),
        "hr-core",
        PRINTER,
        null,
        null,
        categories,
        PersonSet.of(people),
        TransferMethod.FILE,
        null,
        null);
  }

  private static Member member(
      int id,
      String payNumber,
      String surname,
      String forenames,
      PersonKind kind,
      @Nullable String rank,
      @Nullable String unit,
      EmploymentStatus status) {
    return new Member(
        new NotifiedPerson(id, payNumber, surname, forenames, kind, rank, unit, status),
        null,
        Set.of());
  }
}
