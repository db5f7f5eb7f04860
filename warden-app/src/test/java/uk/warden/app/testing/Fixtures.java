package uk.warden.app.testing;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import uk.warden.core.register.Agreement;
import uk.warden.core.register.Assurance;
import uk.warden.core.register.Classification;
import uk.warden.core.register.Clearance;
import uk.warden.core.register.ClearanceLevel;
import uk.warden.core.register.ClearanceStatus;
import uk.warden.core.register.CyberEssentials;
import uk.warden.core.register.DataSystem;
import uk.warden.core.register.EmploymentStatus;
import uk.warden.core.register.IdentifierKind;
import uk.warden.core.register.Marking;
import uk.warden.core.register.Party;
import uk.warden.core.register.PartyKind;
import uk.warden.core.register.Person;
import uk.warden.core.register.PersonIdentifier;
import uk.warden.core.register.PersonKind;
import uk.warden.core.register.Population;
import uk.warden.core.register.Regime;
import uk.warden.core.register.SensitivityFlag;

/** Register entities for tests: a plain one, and one with every optional fact set. */
public final class Fixtures {

  private Fixtures() {}

  /** A serving member of staff with nothing optional set. */
  public static Person staff(int id, String payNumber, String surname, String forenames) {
    return new Person(
        id,
        payNumber,
        surname,
        forenames,
        PersonKind.STAFF,
        null,
        null,
        null,
        Set.of(),
        List.of(),
        EmploymentStatus.SERVING,
        null,
        List.of(),
        null);
  }

  /** A person with every optional fact set, two clearances and two identifiers. */
  public static Person fullPerson(int id, String payNumber) {
    return new Person(
        id,
        payNumber,
        "O'Brien-Smith",
        "Siobhan Mary",
        PersonKind.OFFICER,
        "PS",
        "Detective",
        "cid-north",
        EnumSet.of(SensitivityFlag.COVERT, SensitivityFlag.INTELLIGENCE),
        List.of(
            new Clearance(
                ClearanceLevel.NPPV3,
                LocalDate.of(2021, 3, 4),
                LocalDate.of(2031, 3, 3),
                ClearanceStatus.ACTIVE),
            new Clearance(ClearanceLevel.SC, null, null, ClearanceStatus.PENDING)),
        EmploymentStatus.LEFT,
        LocalDate.of(2024, 2, 29),
        List.of(
            new PersonIdentifier(IdentifierKind.COLLAR_NUMBER, "1234", "AB", true),
            new PersonIdentifier(IdentifierKind.WARRANT_NUMBER, "W-009876", null, false)),
        "photos/" + payNumber + ".jpg");
  }

  public static Party supplier(String code) {
    return new Party(code, "Supplier " + code, PartyKind.SUPPLIER, null, Assurance.NONE);
  }

  /** A supplier whose every assurance fact is recorded. */
  public static Party assuredSupplier(String code) {
    return new Party(
        code,
        "Assured " + code + " Ltd",
        PartyKind.SUPPLIER,
        null,
        new Assurance(
            CyberEssentials.PLUS,
            LocalDate.of(2026, 11, 30),
            LocalDate.of(2027, 1, 15),
            LocalDate.of(2025, 6, 1),
            "Two minor findings, closed",
            24,
            true,
            false,
            true,
            ClearanceLevel.NPPV2A,
            "UK (London and Manchester)"));
  }

  public static Party subProcessor(String code, String parent) {
    return new Party(code, "Sub " + code, PartyKind.SUB_PROCESSOR, parent, Assurance.NONE);
  }

  public static DataSystem system(String code, String host) {
    return new DataSystem(
        code,
        "System " + code,
        host,
        Set.of("user.name", "user.workforce.pay_number"),
        Marking.OFFICIAL_SENSITIVE,
        1_200,
        Population.WHOLE_WORKFORCE,
        "Head of HR");
  }

  /** A hosted system with a legacy marking, a huge count and a partial population. */
  public static DataSystem fullSystem(String code, String host) {
    return new DataSystem(
        code,
        "Full " + code,
        host,
        Set.of("user.name", "user.contact.address", "user.workforce.vetting_level"),
        new Marking(Classification.SECRET, false, "CONFIDENTIAL"),
        5_000_000_000L,
        new Population(EnumSet.of(PersonKind.OFFICER, PersonKind.STAFF), true),
        "Chief Information Officer");
  }

  /** An in-house system with nothing optional. */
  public static DataSystem bareSystem(String code) {
    return new DataSystem(
        code, "Bare " + code, null, Set.of(), Marking.OFFICIAL, 0, Population.NOBODY, null);
  }

  public static Agreement agreement(String code, String party) {
    return new Agreement(
        code,
        party,
        "Agreement " + code,
        "Payroll processing",
        "UK GDPR Art 6(1)(b)",
        Regime.UK_GDPR,
        Set.of("user.name"),
        LocalDate.of(2024, 4, 1),
        null,
        null,
        null);
  }

  /** An agreement with every optional fact set. */
  public static Agreement fullAgreement(String code, String party) {
    return new Agreement(
        code,
        party,
        "Full agreement " + code,
        "Vetting checks for contractors",
        "DPA 2018 s35(2)(b)",
        Regime.DPA_PART3,
        Set.of("user.name", "user.workforce.vetting_level", "user.demographic.date_of_birth"),
        LocalDate.of(2023, 1, 1),
        LocalDate.of(2025, 12, 31),
        18,
        "Return all records within 30 days, then certify deletion");
  }
}
