package uk.warden.core.register.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uk.warden.core.register.importing.ImportFiles.csv;
import static uk.warden.core.register.importing.ImportFiles.problemsOf;
import static uk.warden.core.register.importing.ImportFiles.text;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.warden.core.input.InputProblem;
import uk.warden.core.register.Clearance;
import uk.warden.core.register.ClearanceLevel;
import uk.warden.core.register.ClearanceStatus;
import uk.warden.core.register.EmploymentStatus;
import uk.warden.core.register.IdentifierKind;
import uk.warden.core.register.Person;
import uk.warden.core.register.PersonIdentifier;
import uk.warden.core.register.PersonKind;
import uk.warden.core.register.RankTable;
import uk.warden.core.register.SensitivityFlag;

class PeopleImportCsvTest {

  private final PeopleImport importer = new PeopleImport();

  @Test
  void readsEveryColumnOfAGoodCsvFile() {
    PeopleImportResult result =
        importer.read(
            "people.csv",
            csv(
                "pay_number,surname,forenames,kind,rank,grade,unit,flags,clearance,"
                    + "clearance_granted,clearance_expires,clearance_status,status,leaving_date,"
                    + "collar_number,collar_unit,collar_public,warrant_number,card_serial,photo_ref",
                "P1001,Okafor,Ada,OFFICER,DS,,ct-command,COUNTER_TERRORISM;COVERT,SC,"
                    + "2023-01-15,2028-01-15,ACTIVE,SERVING,,4521,AB,Y,W998,C-77,photos/p1001.jpg",
                "P1002,Price,Tom,STAFF,,Band D,hr,,NPPV2A,01/06/2022,,PENDING,LEFT,31/03/2024,"
                    + ",,,,,"));

    assertThat(result.rowsRead()).isEqualTo(2);
    assertThat(result.ignoredColumns()).isEmpty();
    assertThat(result.unitCodes()).containsExactly("ct-command", "hr");
    Person officer = result.people().get(0);
    assertThat(officer.id()).isNull();
    assertThat(officer.payNumber()).isEqualTo("P1001");
    assertThat(officer.surname()).isEqualTo("Okafor");
    assertThat(officer.forenames()).isEqualTo("Ada");
    assertThat(officer.kind()).isEqualTo(PersonKind.OFFICER);
    assertThat(officer.rankCode()).isEqualTo("PS");
    assertThat(officer.unitCode()).isEqualTo("ct-command");
    assertThat(officer.flags())
        .containsExactlyInAnyOrder(SensitivityFlag.COUNTER_TERRORISM, SensitivityFlag.COVERT);
    assertThat(officer.clearances())
        .containsExactly(
            new Clearance(
                ClearanceLevel.SC,
                LocalDate.of(2023, 1, 15),
                LocalDate.of(2028, 1, 15),
                ClearanceStatus.ACTIVE));
    assertThat(officer.status()).isEqualTo(EmploymentStatus.SERVING);
    assertThat(officer.identifiers())
        .containsExactly(
            new PersonIdentifier(IdentifierKind.COLLAR_NUMBER, "4521", "AB", true),
            new PersonIdentifier(IdentifierKind.WARRANT_NUMBER, "W998", null, false),
            new PersonIdentifier(IdentifierKind.CARD_SERIAL, "C-77", null, false));
    assertThat(officer.photoRef()).isEqualTo("photos/p1001.jpg");

    Person leaver = result.people().get(1);
    assertThat(leaver.kind()).isEqualTo(PersonKind.STAFF);
    assertThat(leaver.rankCode()).isNull();
    assertThat(leaver.grade()).isEqualTo("Band D");
    assertThat(leaver.status()).isEqualTo(EmploymentStatus.LEFT);
    assertThat(leaver.leavingDate()).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(leaver.clearances())
        .containsExactly(
            new Clearance(
                ClearanceLevel.NPPV2A, LocalDate.of(2022, 6, 1), null, ClearanceStatus.PENDING));
    assertThat(leaver.identifiers()).isEmpty();
    assertThat(leaver.photoRef()).isNull();
  }

  @Test
  void matchesHeadersIgnoringCaseSpacesAndUnderscores() {
    PeopleImportResult result =
        importer.read(
            "people.csv",
            csv("PAYNUMBER, Sur Name ,fore-names,Collar_Number", "P1,Okafor,Ada,4521"));

    Person person = result.people().get(0);
    assertThat(person.payNumber()).isEqualTo("P1");
    assertThat(person.surname()).isEqualTo("Okafor");
    assertThat(person.forenames()).isEqualTo("Ada");
    assertThat(person.identifiers()).extracting(PersonIdentifier::value).containsExactly("4521");
  }

  @Test
  void trimsValuesAndTreatsBlankAsAbsent() {
    Person person =
        importer
            .read("people.csv", csv("pay_number,surname,forenames,unit", "  P1 , Okafor ,  ,   "))
            .people()
            .get(0);

    assertThat(person.payNumber()).isEqualTo("P1");
    assertThat(person.surname()).isEqualTo("Okafor");
    assertThat(person.forenames()).isEmpty();
    assertThat(person.unitCode()).isNull();
  }

  @Test
  void detectsSemicolonDelimiterFromTheHeader() {
    PeopleImportResult result =
        importer.read(
            "people.csv",
            csv(
                "pay_number;surname;forenames;flags;clearance",
                "P1;Okafor;\"Ada, Jane\";covert|intelligence;\"NPPV3;SC\""));

    Person person = result.people().get(0);
    assertThat(person.forenames()).isEqualTo("Ada, Jane");
    assertThat(person.flags())
        .containsExactlyInAnyOrder(SensitivityFlag.COVERT, SensitivityFlag.INTELLIGENCE);
    assertThat(person.clearances())
        .extracting(Clearance::level)
        .containsExactly(ClearanceLevel.NPPV3, ClearanceLevel.SC);
  }

  @Test
  void detectsTabDelimiterFromTheHeader() {
    PeopleImportResult result =
        importer.read(
            "people.txt", csv("pay_number\tsurname\tgrade", "P1\tOkafor\tBand C, acting"));

    assertThat(result.people().get(0).grade()).isEqualTo("Band C, acting");
  }

  @Test
  void skipsUtf8ByteOrderMark() {
    PeopleImportResult result =
        importer.read("people.csv", text("\uFEFFpay_number,surname\r\nP1,Ó Súilleabháin\r\n"));

    assertThat(result.people()).extracting(Person::surname).containsExactly("Ó Súilleabháin");
    assertThat(result.ignoredColumns()).isEmpty();
  }

  @Test
  void readsQuotedValuesHoldingDelimitersQuotesAndLineBreaks() {
    PeopleImportResult result =
        importer.read(
            "people.csv",
            csv(
                "pay_number,surname,grade,rank",
                "P1,\"O'Brien, \"\"Jr\"\"\",\"Band C",
                "acting\",",
                "P2,Smith,,Constable"));

    assertThat(result.people().get(0).surname()).isEqualTo("O'Brien, \"Jr\"");
    assertThat(result.people().get(0).grade()).isEqualTo("Band C\nacting");
    assertThat(result.people().get(1).rankCode()).isEqualTo("PC");
  }

  @Test
  void skipsBlankRowsButKeepsSpreadsheetRowNumbers() {
    List<InputProblem> problems =
        problemsOf(csv("pay_number,surname,rank", "P1,Okafor,PC", "", " , , ", "P2,Price,Captain"));

    assertThat(problems).extracting(InputProblem::row).containsExactly(5);
  }

  @Test
  void countsOnlyNonBlankRowsAsRead() {
    PeopleImportResult result =
        importer.read("people.csv", csv("pay_number,surname", "", "P1,Okafor", ",", "P2,Price"));

    assertThat(result.rowsRead()).isEqualTo(2);
    assertThat(result.people()).hasSize(2);
  }

  @Test
  void acceptsAFileWithOnlyAHeader() {
    PeopleImportResult result = importer.read("people.csv", csv("pay_number,surname,rank"));

    assertThat(result.people()).isEmpty();
    assertThat(result.rowsRead()).isZero();
  }

  @Test
  void ignoresButReportsUnknownColumns() {
    PeopleImportResult result =
        importer.read(
            "people.csv",
            csv("pay_number,Date of birth,surname,Notes,,Notes", "P1,1980-01-01,Okafor,x,,y"));

    assertThat(result.ignoredColumns()).containsExactly("Date of birth", "Notes");
    assertThat(result.people()).hasSize(1);
  }

  @Test
  void infersOfficerFromARankAndStaffWithoutOne() {
    List<Person> people =
        importer
            .read("people.csv", csv("pay_number,surname,rank,grade", "P1,A,Insp,", "P2,B,,Band E"))
            .people();

    assertThat(people)
        .extracting(Person::kind, Person::rankCode, Person::grade)
        .containsExactly(
            tuple(PersonKind.OFFICER, "INSP", null), tuple(PersonKind.STAFF, null, "Band E"));
  }

  @Test
  void readsKindsAsHrSystemsWriteThem() {
    List<Person> people =
        importer
            .read(
                "people.csv",
                csv(
                    "pay_number,surname,kind,rank",
                    "P1,A,Police Officer,Police Constable",
                    "P2,B,police staff,",
                    "P3,C,Special Constable,",
                    "P4,D,pcso,",
                    "P5,E,Contractor,",
                    "P6,F,VOLUNTEER,"))
            .people();

    assertThat(people)
        .extracting(Person::kind)
        .containsExactly(
            PersonKind.OFFICER,
            PersonKind.STAFF,
            PersonKind.SPECIAL,
            PersonKind.PCSO,
            PersonKind.CONTRACTOR,
            PersonKind.VOLUNTEER);
  }

  @Test
  void readsFlagsToleratingCaseSpacesAndHyphens() {
    Person person =
        importer
            .read(
                "people.csv",
                csv("pay_number,surname,flags", "P1,A,\" counter-terrorism ; Protection| covert\""))
            .people()
            .get(0);

    assertThat(person.flags())
        .containsExactlyInAnyOrder(
            SensitivityFlag.COUNTER_TERRORISM, SensitivityFlag.PROTECTION, SensitivityFlag.COVERT);
  }

  @Test
  void givesEveryListedClearanceLevelAnActiveStatus() {
    Person person =
        importer
            .read("people.csv", csv("pay_number,surname,clearance", "P1,A,nppv 3;eSC;NPPV3"))
            .people()
            .get(0);

    assertThat(person.clearances())
        .containsExactly(
            new Clearance(ClearanceLevel.NPPV3, null, null, ClearanceStatus.ACTIVE),
            new Clearance(ClearanceLevel.ESC, null, null, ClearanceStatus.ACTIVE));
  }

  @Test
  void readsCollarNumbersAsPublicUnlessTheFileSaysNot() {
    List<Person> people =
        importer
            .read(
                "people.csv",
                csv(
                    "pay_number,surname,rank,collar_number,collar_unit,collar_public",
                    "P1,A,PC,1234,AB,",
                    "P2,B,PC,99,,no"))
            .people();

    assertThat(people.get(0).identifiers())
        .containsExactly(new PersonIdentifier(IdentifierKind.COLLAR_NUMBER, "1234", "AB", true));
    assertThat(people.get(1).identifiers())
        .containsExactly(new PersonIdentifier(IdentifierKind.COLLAR_NUMBER, "99", null, false));
  }

  @Test
  void readsLeaversWrittenAsLeaverWithTheirLeavingDate() {
    Person person =
        importer
            .read(
                "people.csv",
                csv("pay_number,surname,status,leaving_date", "P1,A,Leaver,2024-03-31 00:00:00"))
            .people()
            .get(0);

    assertThat(person.status()).isEqualTo(EmploymentStatus.LEFT);
    assertThat(person.leavingDate()).isEqualTo(LocalDate.of(2024, 3, 31));
  }

  @Test
  void readsMetropolitanRanksWithTheMetTable() {
    PeopleImport met = new PeopleImport(RankTable.load(RankTable.METROPOLITAN));

    List<Person> people =
        met.read(
                "met.csv",
                csv(
                    "pay_number,surname,rank",
                    "M1,A,Commander",
                    "M2,B,DAC",
                    "M3,C,Detective Sergeant"))
            .people();

    assertThat(people).extracting(Person::rankCode).containsExactly("CMDR", "DAC", "PS");
  }

  @Test
  void refusesMetOnlyRanksWithTheEnglandAndWalesTable() {
    List<InputProblem> problems = problemsOf(csv("pay_number,surname,rank", "M1,A,Commander"));

    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.row()).isEqualTo(2);
              assertThat(p.field()).isEqualTo("rank");
              assertThat(p.reason()).contains("unknown rank 'Commander'", "england-wales");
            });
  }

  @Test
  void takesAStrayQuoteInsideAnUnquotedValueLiterally() {
    PeopleImportResult result =
        importer.read("people.csv", csv("pay_number,surname", "P1,O\"Brien", "P2,Smith"));

    assertThat(result.people()).extracting(Person::surname).containsExactly("O\"Brien", "Smith");
  }

  @Test
  void findsTheHeaderBelowLeadingBlankLines() {
    List<InputProblem> problems =
        problemsOf(csv("", ",,", "pay_number,surname,rank", "P1,A,Captain"));

    assertThat(problems).extracting(InputProblem::row).containsExactly(4);
  }

  @Test
  void readsWindowsLineEndings() {
    PeopleImportResult result =
        importer.read("people.csv", text("pay_number,surname\r\nP1,A\r\n\r\nP2,B\r\n"));

    assertThat(result.people()).extracting(Person::payNumber).containsExactly("P1", "P2");
  }
}
