package uk.warden.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import uk.warden.core.register.Agreement;
import uk.warden.core.register.Assurance;
import uk.warden.core.register.Classification;
import uk.warden.core.register.ClearanceLevel;
import uk.warden.core.register.CyberEssentials;
import uk.warden.core.register.ExtractFormat;
import uk.warden.core.register.ExtractRules;
import uk.warden.core.register.Marking;
import uk.warden.core.register.Party;
import uk.warden.core.register.PartyKind;
import uk.warden.core.register.PersonKind;
import uk.warden.core.register.Population;
import uk.warden.core.register.Regime;
import uk.warden.core.register.SensitivityFlag;
import uk.warden.synth.SyntheticForce.PlantedProblem;

/**
 * The parties that hold the force's data, the systems where it lives and the agreements that allow
 * it: 25 parties (5 internal departments, 17 suppliers, 3 sub-processors), 29 systems and 19
 * agreements, with the problems of {@link SyntheticForce} planted among them. Company names are
 * invented. Every date is an offset from the as-of day so the catalogue never ages.
 */
final class SupplierCatalogue {

  // Data categories (keys from categories.yaml).
  private static final String NAME = "user.name";
  private static final String EMAIL = "user.contact.email";
  private static final String PHONE = "user.contact.phone_number";
  private static final String ADDRESS = "user.contact.address";
  private static final String BIRTH_DATE = "user.demographic.date_of_birth";
  private static final String GENDER = "user.demographic.gender";
  private static final String ETHNICITY = "user.demographic.racial_ethnic_origin";
  private static final String RELIGION = "user.demographic.religious_belief";
  private static final String SEXUALITY = "user.demographic.sexual_orientation";
  private static final String HEALTH = "user.health_and_medical";
  private static final String PHOTO = "user.biometric.photo";
  private static final String FINGERPRINT = "user.biometric.fingerprint";
  private static final String BANK = "user.financial.bank_account";
  private static final String SALARY = "user.financial.salary";
  private static final String NI_NUMBER = "user.government_id.national_insurance_number";
  private static final String DRIVING_LICENCE = "user.government_id.driving_licence_number";
  private static final String PASSPORT = "user.government_id.passport_number";
  private static final String PAY_NUMBER = "user.workforce.pay_number";
  private static final String COLLAR = "user.workforce.collar_number";
  private static final String WARRANT = "user.workforce.warrant_number";
  private static final String CARD_SERIAL = "user.workforce.card_serial";
  private static final String RANK = "user.workforce.rank";
  private static final String UNIT = "user.workforce.unit";
  private static final String LOCATION = "user.workforce.work_location";
  private static final String VETTING = "user.workforce.vetting_level";
  private static final String ROLE = "user.workforce.role_sensitivity";
  private static final String EMPLOYMENT = "user.workforce.employment_record";
  private static final String TRAINING = "user.workforce.training_record";
  private static final String PENSION = "user.workforce.pension";
  private static final String VEHICLE = "user.workforce.vehicle";
  private static final String UNION = "user.workforce.trade_union";
  private static final String ACCOUNT = "user.workforce.account";
  private static final String CRIMINAL = "user.criminal_history";
  private static final String VICTIM = "user.law_enforcement.victim";
  private static final String WITNESS = "user.law_enforcement.witness";
  private static final String SUSPECT = "user.law_enforcement.suspect";
  private static final String BWV = "user.law_enforcement.body_worn_video";
  private static final String INTELLIGENCE = "user.law_enforcement.intelligence";

  // Party codes the planted problems and tests refer to.
  static final String ID_CARD_MAKER = "id-card-maker";
  static final String ID_PRINT_BUREAU = "id-print-bureau";
  static final String TRAINING_PROVIDER = "training-provider";
  static final String FLEET_MANAGEMENT = "fleet-management";
  static final String RECRUITMENT_PLATFORM = "recruitment-platform";
  static final String TRAVEL_AGENCY = "travel-agency";

  private static final Marking SECRET = new Marking(Classification.SECRET, false, null);

  private static final String EMPLOYMENT_BASIS =
      "UK GDPR Art 6(1)(b) contract of employment and 6(1)(c) legal obligation; special category"
          + " data under Art 9(2)(b) and DPA 2018 Sch 1 para 1 (employment)";
  private static final String PUBLIC_TASK_BASIS = "UK GDPR Art 6(1)(e) public task";
  private static final String HEALTH_BASIS =
      "UK GDPR Art 6(1)(b); Art 9(2)(h) occupational medicine with DPA 2018 Sch 1 para 2";
  private static final String EQUALITY_BASIS =
      "UK GDPR Art 6(1)(e); Art 9(2)(g) with DPA 2018 Sch 1 para 8 (equality of opportunity)";
  private static final String STANDARD_EXIT =
      "Return or delete all force data, at the force's choice, within 30 days of exit, including"
          + " backups and sub-processor copies; certificate of destruction signed by a named"
          + " director";

  private final LocalDate asOf;
  private final List<Party> parties = new ArrayList<>();
  private final List<SystemPlan> systems = new ArrayList<>();
  private final List<Agreement> agreements = new ArrayList<>();
  private final List<PlantedProblem> planted = new ArrayList<>();

  private SupplierCatalogue(LocalDate asOf) {
    this.asOf = asOf;
  }

  static SupplierCatalogue build(LocalDate asOf) {
    SupplierCatalogue catalogue = new SupplierCatalogue(asOf);
    catalogue.internalDepartments();
    catalogue.identityCards();
    catalogue.payAndPensions();
    catalogue.welfare();
    catalogue.workforceServices();
    catalogue.operationalSuppliers();
    catalogue.inHouseSystems();
    catalogue.extractRules();
    return catalogue;
  }

  /**
   * The roads out that are governed: the card printer may have the serving workforce four times a
   * month, for new starters and replacement cards (held for approval: photos beside names), the
   * pensions administrator named members in small batches, and the rostering supplier the custody
   * unit's rota each week.
   */
  private void extractRules() {
    Set<ExtractFormat> sheets = Set.of(ExtractFormat.CSV, ExtractFormat.XLSX);
    extracts(
        "agr-id-cards",
        new ExtractRules(
            ExtractRules.PeopleRule.SERVING,
            Set.of(),
            60_000,
            new ExtractRules.Frequency(4, 30),
            Set.of(ExtractFormat.CSV, ExtractFormat.XLSX, ExtractFormat.ZIP)));
    extracts(
        "agr-police-pensions",
        new ExtractRules(ExtractRules.PeopleRule.NAMED, Set.of(), 500, null, sheets));
    extracts(
        "agr-duty-rostering",
        new ExtractRules(
            ExtractRules.PeopleRule.UNITS,
            Set.of(UnitCatalogue.CUSTODY),
            2_000,
            new ExtractRules.Frequency(4, 7),
            sheets));
  }

  List<Party> parties() {
    return List.copyOf(parties);
  }

  List<SystemPlan> systems() {
    return List.copyOf(systems);
  }

  List<Agreement> agreements() {
    return List.copyOf(agreements);
  }

  List<PlantedProblem> planted() {
    return List.copyOf(planted);
  }

  private void internalDepartments() {
    internal("hr-department", "HR Department");
    internal("professional-standards", "Professional Standards Department");
    internal("information-management", "Information Management Unit");
    internal("digital-services", "Digital Services");
    internal("force-vetting-unit", "Force Vetting Unit");
  }

  /** The 2023 Digital ID story (DOMAIN.md §8.1): a card printer holding the whole workforce. */
  private void identityCards() {
    supplier(
        ID_CARD_MAKER,
        "Kestrel Identity Cards Ltd",
        // Never asked to approve the print bureau: the force learns of it from the news.
        facts().subProcessorsApproved(false).staffVetting(ClearanceLevel.NPPV2A));
    subProcessor(
        ID_PRINT_BUREAU,
        "Ferrous Print Bureau Ltd",
        ID_CARD_MAKER,
        facts().staffVetting(ClearanceLevel.NPPV1));
    Set<String> permitted = Set.of(NAME, RANK, PHOTO, PAY_NUMBER, CARD_SERIAL, COLLAR);
    agreement(
        "agr-id-cards",
        ID_CARD_MAKER,
        "Warrant card and staff pass production (bureau service)",
        "Personalise and print warrant cards and staff passes, and replace lost ones",
        PUBLIC_TASK_BASIS + "; processor under Art 28",
        Regime.UK_GDPR,
        permitted,
        asOf.minusYears(4).minusMonths(3),
        asOf.plusYears(1).plusMonths(2),
        1,
        STANDARD_EXIT);
    system(
        "id-card-production",
        "Warrant card and pass production",
        ID_CARD_MAKER,
        union(permitted, Set.of(VETTING)),
        Marking.OFFICIAL_SENSITIVE,
        serving(PersonKind.values()),
        "Head of Estates and Security (pass office)",
        Coverage.whole());
    system(
        "card-print-spool",
        "Card print spool",
        ID_PRINT_BUREAU,
        Set.of(NAME, RANK, PHOTO, PAY_NUMBER, CARD_SERIAL, COLLAR),
        Marking.OFFICIAL_SENSITIVE,
        serving(PersonKind.values()),
        "Head of Estates and Security (pass office)",
        Coverage.whole());
    plant(
        PlantedProblem.CATEGORIES_OUTSIDE_AGREEMENT,
        ID_CARD_MAKER,
        "Kestrel Identity Cards holds user.workforce.vetting_level, which agr-id-cards does not"
            + " permit, next to names, ranks, photos and pay numbers of the whole serving"
            + " workforce: the Digital ID breach of 2023.");
    plant(
        PlantedProblem.SUB_PROCESSOR_NOT_APPROVED,
        ID_PRINT_BUREAU,
        "Kestrel's print bureau, Ferrous Print Bureau, was never approved as a sub-processor, yet"
            + " its print spool holds names, photos, ranks and card serials of every card holder.");
  }

  private void payAndPensions() {
    supplier("payroll-bureau", "Ledgerline Payroll Services Ltd", facts().breachHours(24));
    Set<String> payroll =
        Set.of(
            NAME,
            ADDRESS,
            BIRTH_DATE,
            NI_NUMBER,
            BANK,
            SALARY,
            PAY_NUMBER,
            RANK,
            UNIT,
            PENSION,
            UNION);
    agreement(
        "agr-payroll",
        "payroll-bureau",
        "Payroll bureau service",
        "Pay officers and staff, make statutory and voluntary deductions, report to HMRC",
        EMPLOYMENT_BASIS,
        Regime.UK_GDPR,
        payroll,
        asOf.minusYears(3),
        asOf.plusYears(2),
        72,
        STANDARD_EXIT);
    system(
        "payroll",
        "Payroll",
        "payroll-bureau",
        payroll,
        Marking.OFFICIAL_SENSITIVE,
        withLeavers(PersonKind.OFFICER, PersonKind.PCSO, PersonKind.STAFF),
        "Director of Finance",
        Coverage.whole());

    supplier(
        "pensions-administrator", "Harrowgate Pension Administration Ltd", facts().breachHours(48));
    Set<String> pensions =
        Set.of(NAME, ADDRESS, BIRTH_DATE, NI_NUMBER, BANK, SALARY, PENSION, PAY_NUMBER, HEALTH);
    String pensionsExit = "Transfer member records to the successor administrator, then delete";
    agreement(
        "agr-police-pensions",
        "pensions-administrator",
        "Police Pension Scheme administration",
        "Administer officers' pensions, including ill-health retirement",
        EMPLOYMENT_BASIS,
        Regime.UK_GDPR,
        pensions,
        asOf.minusYears(6),
        asOf.plusYears(4),
        null,
        pensionsExit);
    agreement(
        "agr-staff-pensions",
        "pensions-administrator",
        "Local Government Pension Scheme administration (police staff)",
        "Administer police staff and PCSO pensions",
        EMPLOYMENT_BASIS,
        Regime.UK_GDPR,
        pensions,
        asOf.minusYears(2),
        asOf.plusYears(3),
        null,
        pensionsExit);
    system(
        "pension-administration",
        "Pension administration",
        "pensions-administrator",
        pensions,
        Marking.OFFICIAL_SENSITIVE,
        withLeavers(PersonKind.OFFICER, PersonKind.PCSO, PersonKind.STAFF),
        "Director of People",
        Coverage.whole());
  }

  private void welfare() {
    supplier("occupational-health", "Meadowbank Occupational Health Ltd", facts());
    Set<String> health = Set.of(HEALTH, NAME, BIRTH_DATE, PHONE, ADDRESS, PAY_NUMBER, RANK, UNIT);
    agreement(
        "agr-occupational-health",
        "occupational-health",
        "Occupational health service",
        "Fitness-for-duty assessments, management referrals, post-incident support",
        HEALTH_BASIS,
        Regime.UK_GDPR,
        health,
        asOf.minusYears(2).minusMonths(6),
        asOf.plusYears(2),
        96,
        STANDARD_EXIT);
    system(
        "occupational-health-records",
        "Occupational health records",
        "occupational-health",
        health,
        Marking.OFFICIAL_SENSITIVE,
        withLeavers(PersonKind.OFFICER, PersonKind.SPECIAL, PersonKind.PCSO, PersonKind.STAFF),
        "Director of People",
        Coverage.share(0.3));

    supplier("employee-assistance", "Harbourlight Employee Assistance Ltd", facts());
    Set<String> eap = Set.of(HEALTH, NAME, PHONE, EMAIL);
    agreement(
        "agr-employee-assistance",
        "employee-assistance",
        "Employee assistance programme",
        "Confidential counselling and trauma support for officers, staff and their families",
        HEALTH_BASIS,
        Regime.UK_GDPR,
        eap,
        asOf.minusYears(1).minusMonths(8),
        asOf.plusYears(1).plusMonths(4),
        36,
        STANDARD_EXIT);
    system(
        "eap-case-records",
        "Employee assistance case records",
        "employee-assistance",
        eap,
        Marking.OFFICIAL_SENSITIVE,
        withLeavers(PersonKind.OFFICER, PersonKind.SPECIAL, PersonKind.PCSO, PersonKind.STAFF),
        "Director of People",
        Coverage.share(0.08));
  }

  private void workforceServices() {
    supplier(
        "hr-erp-cloud",
        "Oakline HR and Finance Cloud Ltd",
        facts().breachHours(24).staffVetting(ClearanceLevel.NPPV3));
    subProcessor(
        "erp-cloud-host",
        "Greystone Data Centres Ltd",
        "hr-erp-cloud",
        facts().staffVetting(ClearanceLevel.NPPV3));
    Set<String> hr =
        Set.of(
            NAME,
            EMAIL,
            PHONE,
            ADDRESS,
            BIRTH_DATE,
            GENDER,
            ETHNICITY,
            RELIGION,
            SEXUALITY,
            HEALTH,
            NI_NUMBER,
            BANK,
            SALARY,
            PAY_NUMBER,
            COLLAR,
            WARRANT,
            RANK,
            UNIT,
            LOCATION,
            VETTING,
            ROLE,
            EMPLOYMENT,
            PENSION,
            UNION);
    agreement(
        "agr-hr-erp",
        "hr-erp-cloud",
        "HR and finance system (software as a service)",
        "The force's HR master record: posts, contracts, absence, equality monitoring",
        EMPLOYMENT_BASIS,
        Regime.UK_GDPR,
        hr,
        asOf.minusYears(5),
        asOf.plusYears(2).plusMonths(6),
        72,
        STANDARD_EXIT);
    agreement(
        "agr-hr-erp-support",
        "hr-erp-cloud",
        "HR and finance system support and maintenance",
        "Second-line support with access to live data for fault diagnosis",
        EMPLOYMENT_BASIS,
        Regime.UK_GDPR,
        Set.of(NAME, PAY_NUMBER, RANK, UNIT, EMPLOYMENT),
        asOf.minusYears(1),
        asOf.plusYears(2),
        0,
        STANDARD_EXIT);
    Population hrPopulation =
        withLeavers(
            PersonKind.OFFICER,
            PersonKind.SPECIAL,
            PersonKind.PCSO,
            PersonKind.STAFF,
            PersonKind.VOLUNTEER);
    system(
        "hr-erp",
        "HR and finance system",
        "hr-erp-cloud",
        hr,
        Marking.OFFICIAL_SENSITIVE,
        hrPopulation,
        "Director of People",
        Coverage.whole());
    system(
        "hr-erp-backup",
        "HR and finance system backups",
        "erp-cloud-host",
        hr,
        Marking.OFFICIAL_SENSITIVE,
        hrPopulation,
        "Director of People",
        Coverage.whole());

    supplier(
        "vetting-service",
        "Clearpath Vetting Services Ltd",
        facts().breachHours(24).staffVetting(ClearanceLevel.NPPV3));
    Set<String> vetting =
        Set.of(NAME, ADDRESS, BIRTH_DATE, NI_NUMBER, PASSPORT, BANK, CRIMINAL, VETTING, ROLE, UNIT);
    agreement(
        "agr-vetting",
        "vetting-service",
        "Vetting case management",
        "Vetting applicants, contractors and their associates, and annual integrity reviews",
        PUBLIC_TASK_BASIS
            + " (APP Vetting, Police (Vetting) Regulations 2025); Art 10 with DPA 2018 Sch 1"
            + " paras 6 and 10",
        Regime.UK_GDPR,
        vetting,
        asOf.minusYears(3).minusMonths(1),
        asOf.plusYears(1).plusMonths(11),
        120,
        STANDARD_EXIT);
    system(
        "vetting-case-management",
        "Vetting case management",
        "vetting-service",
        vetting,
        Marking.OFFICIAL_SENSITIVE,
        withLeavers(PersonKind.values()),
        "Head of Force Vetting Unit",
        // Associates of applicants are checked too (DOMAIN.md §4.1).
        Coverage.whole().plusPublic(1.5));

    supplier(TRAINING_PROVIDER, "Bluelamp Learning Ltd", facts());
    Set<String> training = Set.of(NAME, EMAIL, RANK, UNIT, TRAINING, PAY_NUMBER, ACCOUNT);
    agreement(
        "agr-training",
        TRAINING_PROVIDER,
        "Learning management and mandatory training",
        "Deliver and record mandatory and specialist training",
        EMPLOYMENT_BASIS,
        Regime.UK_GDPR,
        training,
        asOf.minusYears(2),
        asOf.plusYears(1),
        24,
        STANDARD_EXIT);
    system(
        "learning-management",
        "Learning management system",
        TRAINING_PROVIDER,
        union(training, Set.of(HEALTH)),
        Marking.OFFICIAL,
        serving(PersonKind.values()),
        "Head of Learning and Development",
        Coverage.whole());
    plant(
        PlantedProblem.CATEGORIES_OUTSIDE_AGREEMENT,
        TRAINING_PROVIDER,
        "Bluelamp Learning records fitness-test results and medical declarations"
            + " (user.health_and_medical), which agr-training does not permit.");

    supplier(
        RECRUITMENT_PLATFORM,
        "Talentgate Recruitment Systems Ltd",
        facts().staffVetting(ClearanceLevel.NPPV2A));
    Set<String> recruitment =
        Set.of(
            NAME,
            EMAIL,
            PHONE,
            ADDRESS,
            BIRTH_DATE,
            GENDER,
            ETHNICITY,
            RELIGION,
            SEXUALITY,
            EMPLOYMENT);
    LocalDate recruitmentEnded = asOf.minusMonths(4);
    agreement(
        "agr-recruitment",
        RECRUITMENT_PLATFORM,
        "Online recruitment platform",
        "Advertise posts, take applications and equality monitoring, run assessment stages",
        EQUALITY_BASIS + "; Art 6(1)(b) steps before a contract",
        Regime.UK_GDPR,
        recruitment,
        asOf.minusYears(5),
        recruitmentEnded,
        6,
        "Return successful candidates' files and delete all applicant data within 60 days");
    system(
        "recruitment-portal",
        "Recruitment portal",
        RECRUITMENT_PLATFORM,
        recruitment,
        Marking.OFFICIAL,
        serving(PersonKind.OFFICER, PersonKind.SPECIAL, PersonKind.PCSO, PersonKind.STAFF),
        "Director of People",
        // Joiners of the last few years, plus the far larger number who applied and were not hired.
        Coverage.share(0.25).plusPublic(0.8));
    plant(
        PlantedProblem.AGREEMENT_EXPIRED,
        RECRUITMENT_PLATFORM,
        "The Talentgate recruitment contract (agr-recruitment) ended on "
            + recruitmentEnded
            + ", but Talentgate still hosts the recruitment portal with applicants' and joiners'"
            + " equality-monitoring data.");

    supplier("staff-survey", "Pulsecheck Surveys Ltd", facts().breachHours(72));
    Set<String> survey = Set.of(EMAIL, UNIT, RANK, GENDER, ETHNICITY, RELIGION, SEXUALITY);
    agreement(
        "agr-staff-survey",
        "staff-survey",
        "Annual staff survey",
        "Run the annual survey and report results by unit and protected characteristic",
        EQUALITY_BASIS,
        Regime.UK_GDPR,
        survey,
        asOf.minusMonths(10),
        asOf.plusMonths(14),
        12,
        STANDARD_EXIT);
    system(
        "staff-survey-responses",
        "Staff survey responses",
        "staff-survey",
        survey,
        Marking.OFFICIAL,
        serving(
            PersonKind.OFFICER,
            PersonKind.SPECIAL,
            PersonKind.PCSO,
            PersonKind.STAFF,
            PersonKind.VOLUNTEER),
        "Director of People",
        Coverage.share(0.45));

    supplier("legal-services", "Fairweather Solicitors LLP", facts().breachHours(48));
    Set<String> legal = Set.of(NAME, ADDRESS, RANK, UNIT, EMPLOYMENT, HEALTH);
    agreement(
        "agr-legal-services",
        "legal-services",
        "Employment law services",
        "Advise on and defend employment tribunal claims and misconduct appeals",
        "UK GDPR Art 6(1)(c) legal obligation; Art 9(2)(f) legal claims",
        Regime.UK_GDPR,
        legal,
        asOf.minusYears(2),
        asOf.plusYears(2),
        72,
        STANDARD_EXIT);
    system(
        "employment-legal-files",
        "Employment legal case files",
        "legal-services",
        legal,
        Marking.OFFICIAL_SENSITIVE,
        withLeavers(PersonKind.OFFICER, PersonKind.PCSO, PersonKind.STAFF),
        "Head of Legal Services",
        Coverage.share(0.02));

    supplier(
        TRAVEL_AGENCY,
        "Wayfarer Corporate Travel Ltd",
        // The contract is silent on breaches: no hours recorded.
        facts().breachHours(null));
    Set<String> travel = Set.of(NAME, PASSPORT, BIRTH_DATE, EMAIL, PHONE, UNIT, RANK);
    agreement(
        "agr-travel",
        TRAVEL_AGENCY,
        "Business travel booking",
        "Book rail, air and hotels for officers and staff, including protection deployments",
        PUBLIC_TASK_BASIS + "; Art 6(1)(b)",
        Regime.UK_GDPR,
        travel,
        asOf.minusYears(1).minusMonths(2),
        asOf.plusYears(1).plusMonths(10),
        24,
        STANDARD_EXIT);
    system(
        "travel-bookings",
        "Travel bookings",
        TRAVEL_AGENCY,
        travel,
        Marking.OFFICIAL,
        serving(PersonKind.OFFICER, PersonKind.STAFF),
        "Director of Finance",
        Coverage.share(0.1));
    plant(
        PlantedProblem.NO_BREACH_NOTIFICATION_CLAUSE,
        TRAVEL_AGENCY,
        "Wayfarer Corporate Travel's contract has no breach-notification clause, yet it holds"
            + " passport numbers and itineraries, Protection Command deployments among them.");
  }

  private void operationalSuppliers() {
    LocalDate ceLapsed = asOf.minusDays(47);
    supplier(
        FLEET_MANAGEMENT,
        "Roadwise Fleet Management Ltd",
        facts().cyberEssentialsExpires(ceLapsed).staffVetting(ClearanceLevel.NPPV1));
    Set<String> fleet = Set.of(NAME, PAY_NUMBER, DRIVING_LICENCE, VEHICLE, LOCATION, UNIT);
    agreement(
        "agr-fleet",
        FLEET_MANAGEMENT,
        "Fleet management and vehicle telematics",
        "Maintain the fleet, check driving entitlement, and locate vehicles",
        PUBLIC_TASK_BASIS + "; Art 6(1)(b)",
        Regime.UK_GDPR,
        fleet,
        asOf.minusYears(3).minusMonths(5),
        asOf.plusYears(1).plusMonths(7),
        12,
        STANDARD_EXIT);
    system(
        "fleet-telematics",
        "Fleet telematics and driver records",
        FLEET_MANAGEMENT,
        fleet,
        Marking.OFFICIAL_SENSITIVE,
        serving(PersonKind.OFFICER, PersonKind.SPECIAL, PersonKind.PCSO, PersonKind.STAFF),
        "Head of Fleet Services",
        Coverage.share(0.6));
    plant(
        PlantedProblem.CYBER_ESSENTIALS_LAPSED,
        FLEET_MANAGEMENT,
        "Roadwise Fleet Management's Cyber Essentials Plus certificate expired on "
            + ceLapsed
            + "; it still holds drivers' licence numbers and where every marked car has been.");

    supplier(
        "bwv-storage",
        "Evidently Digital Evidence Ltd",
        facts().breachHours(24).staffVetting(ClearanceLevel.NPPV3));
    subProcessor(
        "bwv-cloud-host",
        "Northwind Hyperscale Hosting Ltd",
        "bwv-storage",
        facts().staffVetting(ClearanceLevel.NPPV3));
    Set<String> footage = Set.of(BWV, VICTIM, WITNESS, SUSPECT, NAME, COLLAR);
    agreement(
        "agr-bwv-storage",
        "bwv-storage",
        "Body-worn video and digital evidence management",
        "Store, redact and share body-worn video and digital evidence with the CPS",
        "DPA 2018 s.35(2)(b): necessary for a law enforcement purpose; processor under s.59;"
            + " sensitive processing under s.35(5) and Sch 8",
        Regime.DPA_PART3,
        footage,
        asOf.minusYears(2).minusMonths(9),
        asOf.plusYears(2).plusMonths(3),
        null,
        "Migrate all footage with checksummed manifests before exit, then delete; the force"
            + " signs off the manifest reconciliation (the South Yorkshire lesson)");
    Population wearers = withLeavers(PersonKind.OFFICER, PersonKind.SPECIAL, PersonKind.PCSO);
    system(
        "bwv-evidence",
        "Body-worn video evidence store",
        "bwv-storage",
        footage,
        Marking.OFFICIAL_SENSITIVE,
        wearers,
        "Head of Criminal Justice",
        Coverage.whole().plusPublic(2.5));
    system(
        "bwv-offsite-backup",
        "Body-worn video offsite backup",
        "bwv-cloud-host",
        footage,
        Marking.OFFICIAL_SENSITIVE,
        wearers,
        "Head of Criminal Justice",
        Coverage.whole().plusPublic(2.5));

    supplier(
        "firearms-licensing-supplier",
        "Marksman Licensing Software Ltd",
        facts().staffVetting(ClearanceLevel.NPPV3));
    Set<String> firearms = Set.of(NAME, ADDRESS, BIRTH_DATE, PHONE, HEALTH, CRIMINAL, ACCOUNT);
    agreement(
        "agr-firearms-licensing",
        "firearms-licensing-supplier",
        "Firearms licensing case management",
        "Grant, renew and revoke firearm and shotgun certificates",
        PUBLIC_TASK_BASIS
            + " under the Firearms Act 1968; Art 9(2)(g) and Art 10 with DPA 2018 Sch 1 para 6",
        Regime.UK_GDPR,
        firearms,
        asOf.minusYears(4),
        asOf.plusYears(1).plusMonths(3),
        null,
        STANDARD_EXIT);
    system(
        "firearms-licensing",
        "Firearms licensing",
        "firearms-licensing-supplier",
        firearms,
        Marking.OFFICIAL_SENSITIVE,
        serving(PersonKind.OFFICER, PersonKind.STAFF),
        "Head of Firearms Licensing",
        // Workforce records are the licensing team's accounts; certificate holders are public.
        Coverage.units(UnitCatalogue.FIREARMS_LICENSING).plusPublic(1.5));

    supplier(
        "rostering-supplier",
        "Shiftwell Duty Management Ltd",
        facts().breachHours(24).staffVetting(ClearanceLevel.NPPV2A));
    Set<String> rosters = Set.of(NAME, RANK, UNIT, LOCATION, COLLAR, PAY_NUMBER, PHONE);
    agreement(
        "agr-duty-rostering",
        "rostering-supplier",
        "Duty management and rostering",
        "Plan shifts, record overtime and deploy officers and staff",
        EMPLOYMENT_BASIS,
        Regime.UK_GDPR,
        rosters,
        asOf.minusYears(4).minusMonths(2),
        asOf.plusYears(3),
        24,
        STANDARD_EXIT);
    system(
        "duty-rostering",
        "Duty management",
        "rostering-supplier",
        rosters,
        Marking.OFFICIAL_SENSITIVE,
        serving(PersonKind.OFFICER, PersonKind.SPECIAL, PersonKind.PCSO, PersonKind.STAFF),
        "Director of Operations",
        Coverage.whole());

    supplier(
        "productivity-cloud",
        "Cumulus Workplace Cloud Ltd",
        facts().breachHours(24).staffVetting(ClearanceLevel.NPPV3));
    Set<String> workplace = Set.of(NAME, EMAIL, ACCOUNT, UNIT, RANK, PHONE);
    agreement(
        "agr-workplace-cloud",
        "productivity-cloud",
        "Email, collaboration and identity (cloud)",
        "Email, documents, chat and sign-in for everyone with a force account",
        PUBLIC_TASK_BASIS,
        Regime.UK_GDPR,
        workplace,
        asOf.minusYears(3),
        asOf.plusYears(2),
        3,
        STANDARD_EXIT);
    system(
        "email-and-collaboration",
        "Email and collaboration",
        "productivity-cloud",
        workplace,
        Marking.OFFICIAL,
        serving(PersonKind.values()),
        "Chief Digital Officer",
        Coverage.whole());
  }

  private void inHouseSystems() {
    Population users =
        serving(PersonKind.OFFICER, PersonKind.SPECIAL, PersonKind.PCSO, PersonKind.STAFF);
    system(
        "ct-case-management",
        "Counter-terrorism case management",
        null,
        Set.of(NAME, ROLE, UNIT, VETTING, INTELLIGENCE, SUSPECT),
        SECRET,
        serving(PersonKind.OFFICER, PersonKind.STAFF, PersonKind.CONTRACTOR),
        "Head of Counter Terrorism Policing",
        Coverage.flagged(SensitivityFlag.COUNTER_TERRORISM).plusPublic(0.05));
    system(
        "covert-operations-register",
        "Covert operations register",
        null,
        Set.of(NAME, ROLE, UNIT, PHOTO, ADDRESS, VETTING),
        SECRET,
        withLeavers(PersonKind.OFFICER, PersonKind.STAFF, PersonKind.CONTRACTOR),
        "Head of Covert Operations",
        Coverage.flagged(SensitivityFlag.COVERT));
    system(
        "protection-deployments",
        "Protection deployments",
        null,
        Set.of(NAME, RANK, UNIT, LOCATION, ROLE, PHONE),
        SECRET,
        serving(PersonKind.OFFICER),
        "Head of Protection Command",
        Coverage.flagged(SensitivityFlag.PROTECTION));
    system(
        "intelligence-system",
        "Force intelligence system",
        null,
        Set.of(INTELLIGENCE, SUSPECT, VICTIM, WITNESS, CRIMINAL, NAME, ACCOUNT, COLLAR),
        Marking.OFFICIAL_SENSITIVE,
        users,
        "Head of Force Intelligence Bureau",
        Coverage.whole().plusPublic(3.0));
    system(
        "records-management",
        "Crime, case and custody records",
        null,
        Set.of(VICTIM, WITNESS, SUSPECT, CRIMINAL, FINGERPRINT, NAME, COLLAR, ACCOUNT),
        Marking.OFFICIAL_SENSITIVE,
        users,
        "Director of Operations",
        Coverage.whole().plusPublic(4.0));
    system(
        "psd-case-management",
        "Complaints and misconduct cases",
        null,
        Set.of(NAME, RANK, UNIT, COLLAR, EMPLOYMENT, CRIMINAL, HEALTH),
        Marking.OFFICIAL_SENSITIVE,
        withLeavers(PersonKind.OFFICER, PersonKind.SPECIAL, PersonKind.PCSO, PersonKind.STAFF),
        "Head of Professional Standards",
        // Officers and staff ever complained about, plus the complainants.
        Coverage.share(0.12).plusPublic(0.05));
    system(
        "force-directory",
        "Force directory and accounts",
        null,
        Set.of(NAME, EMAIL, PHONE, ACCOUNT, UNIT, RANK, PAY_NUMBER),
        Marking.OFFICIAL,
        serving(PersonKind.values()),
        "Chief Digital Officer",
        Coverage.whole());
    system(
        "building-access-control",
        "Building access control",
        null,
        Set.of(NAME, PAY_NUMBER, CARD_SERIAL, LOCATION),
        Marking.OFFICIAL_SENSITIVE,
        serving(PersonKind.values()),
        "Head of Estates and Security (pass office)",
        Coverage.whole());
    system(
        "foi-disclosure-log",
        "FOI requests and disclosure log",
        null,
        Set.of(NAME, EMAIL, ADDRESS),
        Marking.OFFICIAL,
        serving(PersonKind.STAFF),
        "Head of Information Management",
        // The log is a system too (the Norfolk and Suffolk lesson): requesters are public.
        Coverage.units(UnitCatalogue.INFORMATION_MANAGEMENT).plusPublic(0.2));
  }

  // ---- building blocks ----

  /** Assurance facts of a well-run supplier; each planted problem changes one of them. */
  private final class Facts {
    private @Nullable LocalDate cyberEssentialsExpires = asOf.plusDays(40 + 37L * parties.size());
    private @Nullable Integer breachHours = 24;
    private boolean subProcessorsApproved = true;
    private ClearanceLevel staffVetting = ClearanceLevel.NPPV2A;

    Facts cyberEssentialsExpires(LocalDate expires) {
      cyberEssentialsExpires = expires;
      return this;
    }

    Facts breachHours(@Nullable Integer hours) {
      breachHours = hours;
      return this;
    }

    Facts subProcessorsApproved(boolean approved) {
      subProcessorsApproved = approved;
      return this;
    }

    Facts staffVetting(ClearanceLevel level) {
      staffVetting = level;
      return this;
    }

    Assurance assurance() {
      int n = parties.size();
      return new Assurance(
          CyberEssentials.PLUS,
          cyberEssentialsExpires,
          asOf.plusMonths(6 + n % 18),
          asOf.minusMonths(2 + n % 10),
          "Satisfactory",
          breachHours,
          true,
          true,
          subProcessorsApproved,
          staffVetting,
          "UK");
    }
  }

  private Facts facts() {
    return new Facts();
  }

  private void internal(String code, String name) {
    parties.add(new Party(code, name, PartyKind.INTERNAL, null, Assurance.NONE));
  }

  private void supplier(String code, String name, Facts facts) {
    parties.add(new Party(code, name, PartyKind.SUPPLIER, null, facts.assurance()));
  }

  private void subProcessor(String code, String name, String parent, Facts facts) {
    parties.add(new Party(code, name, PartyKind.SUB_PROCESSOR, parent, facts.assurance()));
  }

  private void agreement(
      String code,
      String party,
      String title,
      String purpose,
      String lawfulBasis,
      Regime regime,
      Set<String> permitted,
      LocalDate start,
      LocalDate end,
      @Nullable Integer retentionMonths,
      String exitTerms) {
    agreements.add(
        new Agreement(
            code,
            party,
            title,
            purpose,
            lawfulBasis,
            regime,
            permitted,
            start,
            end,
            retentionMonths,
            exitTerms));
  }

  /** Sets an agreement's extract rules: the demo's governed roads out. */
  private void extracts(String agreementCode, ExtractRules rules) {
    agreements.replaceAll(a -> a.code().equals(agreementCode) ? a.withExtracts(rules) : a);
  }

  private void system(
      String code,
      String name,
      @Nullable String host,
      Set<String> categories,
      Marking marking,
      Population population,
      String owner,
      Coverage coverage) {
    systems.add(new SystemPlan(code, name, host, categories, marking, population, owner, coverage));
  }

  private void plant(String kind, String subject, String description) {
    planted.add(new PlantedProblem(kind, subject, description));
  }

  private static Population serving(PersonKind... kinds) {
    return new Population(EnumSet.copyOf(List.of(kinds)), false);
  }

  private static Population withLeavers(PersonKind... kinds) {
    return new Population(EnumSet.copyOf(List.of(kinds)), true);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }
}
