package uk.warden.synth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.warden.core.custody.TransferMethod;
import uk.warden.core.register.Agreement;
import uk.warden.core.register.PersonKind;
import uk.warden.synth.Feed.Attestation;
import uk.warden.synth.Feed.Cadence;

/**
 * The force's regular data flows, one per party and system (two for the pensions administrator,
 * which runs two schemes under two agreements), each telling the story {@link SyntheticCustody}
 * describes. Sources are the systems the force itself controls: the HR master record (software as a
 * service, but the force's record: HR keys it and every HR feed is exported from it), the pass
 * office's access-control system, the force directory, the case records and the complaints system.
 * Days and hours are spread so that files do not all leave at once.
 */
final class CustodyFeeds {

  static final String HR_MASTER = "hr-erp";
  static final String PASS_OFFICE = "building-access-control";
  static final String DIRECTORY = "force-directory";
  static final String CASE_RECORDS = "records-management";
  static final String COMPLAINTS = "psd-case-management";

  private static final Set<String> LEAVERS_LIST =
      Set.of(
          "user.name",
          "user.workforce.rank",
          "user.workforce.unit",
          "user.workforce.collar_number",
          "user.workforce.employment_record");

  private final Map<String, SystemPlan> systems = new HashMap<>();
  private final Map<String, Agreement> agreements = new HashMap<>();
  private final List<Feed> feeds = new ArrayList<>();

  private CustodyFeeds(SyntheticForce force) {
    force.systemPlans().forEach(plan -> systems.put(plan.code(), plan));
    force.agreements().forEach(agreement -> agreements.put(agreement.code(), agreement));
  }

  static List<Feed> of(SyntheticForce force) {
    CustodyFeeds catalogue = new CustodyFeeds(force);
    catalogue.workforceRecords();
    catalogue.identityCards();
    catalogue.welfare();
    catalogue.workforceServices();
    catalogue.operations();
    return List.copyOf(catalogue.feeds);
  }

  private void workforceRecords() {
    // HR keys the master record straight into the cloud service: no force system sends it.
    Feed hr =
        add(
            Feed.to("hr-erp-cloud", system(HR_MASTER))
                .under(agreement("agr-hr-erp"))
                .by(TransferMethod.PORTAL)
                .at(12, 9, 30));
    add(
        Feed.to("erp-cloud-host", system("hr-erp-backup"))
            .from(HR_MASTER)
            .by(TransferMethod.OTHER)
            .mirrors(hr, 1, false, 1, 45));
    add(
        Feed.to("payroll-bureau", system("payroll"))
            .from(HR_MASTER)
            .under(agreement("agr-payroll"))
            .cadence(Cadence.FULL_REFRESH)
            .attests(Attestation.SUPERSEDED_FILES)
            .at(9, 16, 0));
    // Two schemes, two agreements: officers since long before the history, staff since the
    // administrator took the staff scheme over two years ago, deferred members included.
    add(
        Feed.to("pensions-administrator", system("pension-administration"))
            .key("pensions-administrator/police")
            .from(HR_MASTER)
            .under(agreement("agr-police-pensions"))
            .kinds(PersonKind.OFFICER)
            .at(8, 11, 0));
    add(
        Feed.to("pensions-administrator", system("pension-administration"))
            .key("pensions-administrator/staff")
            .from(HR_MASTER)
            .under(agreement("agr-staff-pensions"))
            .kinds(PersonKind.STAFF, PersonKind.PCSO)
            .at(8, 11, 20));
    // Professional Standards checks every leaver against open misconduct matters.
    add(
        Feed.to("professional-standards", system(COMPLAINTS))
            .from(HR_MASTER)
            .kinds(PersonKind.OFFICER, PersonKind.SPECIAL, PersonKind.PCSO, PersonKind.STAFF)
            .categories(LEAVERS_LIST)
            .cadence(Cadence.LEAVERS)
            .coverage(Coverage.whole())
            .approvedBy(systems.get(HR_MASTER).owner())
            .at(3, 10, 15));
  }

  private void identityCards() {
    // The card file carries the vetting level the agreement never permitted, and nobody ever
    // asked Kestrel to delete a leaver's card record.
    Feed cards =
        add(
            Feed.to(SupplierCatalogue.ID_CARD_MAKER, system("id-card-production"))
                .from(PASS_OFFICE)
                .under(agreement("agr-id-cards"))
                .by(TransferMethod.PRINT_BUREAU)
                .at(6, 10, 30));
    // Kestrel passes every card to its print bureau the next working day. Nobody at the force
    // approved it, so no approver is recorded: that is the planted sub-processor problem.
    add(
        Feed.to(SupplierCatalogue.ID_PRINT_BUREAU, system("card-print-spool"))
            .from("id-card-production")
            .by(TransferMethod.PRINT_BUREAU)
            .approvedBy(null)
            .mirrors(cards, 1, true, 8, 15));
  }

  private void welfare() {
    add(
        Feed.to("occupational-health", system("occupational-health-records"))
            .from(HR_MASTER)
            .under(agreement("agr-occupational-health"))
            .by(TransferMethod.PORTAL)
            .existing(0.6)
            .at(7, 13, 30));
    add(
        Feed.to("employee-assistance", system("eap-case-records"))
            .from(HR_MASTER)
            .under(agreement("agr-employee-assistance"))
            .by(TransferMethod.PORTAL)
            .existing(0.3)
            .at(7, 15, 10));
  }

  private void workforceServices() {
    add(
        Feed.to("vetting-service", system("vetting-case-management"))
            .from(HR_MASTER)
            .under(agreement("agr-vetting"))
            .by(TransferMethod.PORTAL)
            .at(11, 14, 0));
    add(
        Feed.to(SupplierCatalogue.TRAINING_PROVIDER, system("learning-management"))
            .from(HR_MASTER)
            .under(agreement("agr-training"))
            .by(TransferMethod.API)
            .attests(Attestation.LEAVER_ERASURE)
            .at(4, 9, 5));
    // Candidates type their applications into the portal: the force sends nothing, but the
    // platform holds them all the same, and never attested deleting any after the contract ended.
    add(
        Feed.to(SupplierCatalogue.RECRUITMENT_PLATFORM, system("recruitment-portal"))
            .under(agreement("agr-recruitment"))
            .by(TransferMethod.PORTAL)
            .applicants()
            .at(8, 12, 30));
    // One survey round: the sample, two months of late joiners, then a certificate.
    add(
        Feed.to("staff-survey", system("staff-survey-responses"))
            .from(HR_MASTER)
            .under(agreement("agr-staff-survey"))
            .openFor(3)
            .attests(Attestation.CLOSING_CERTIFICATE)
            .at(6, 15, 0));
    add(
        Feed.to("legal-services", system("employment-legal-files"))
            .from(COMPLAINTS)
            .under(agreement("agr-legal-services"))
            .existing(0.4)
            .at(10, 12, 0));
    add(
        Feed.to(SupplierCatalogue.TRAVEL_AGENCY, system("travel-bookings"))
            .from(HR_MASTER)
            .under(agreement("agr-travel"))
            .by(TransferMethod.PORTAL)
            .existing(0.5)
            .at(3, 10, 0));
  }

  private void operations() {
    add(
        Feed.to(SupplierCatalogue.FLEET_MANAGEMENT, system("fleet-telematics"))
            .from(HR_MASTER)
            .under(agreement("agr-fleet"))
            .existing(0.9)
            .at(5, 9, 40));
    Feed footage =
        add(
            Feed.to("bwv-storage", system("bwv-evidence"))
                .from(CASE_RECORDS)
                .under(agreement("agr-bwv-storage"))
                .by(TransferMethod.API)
                .at(4, 16, 20));
    add(
        Feed.to("bwv-cloud-host", system("bwv-offsite-backup"))
            .from("bwv-evidence")
            .by(TransferMethod.OTHER)
            .mirrors(footage, 1, false, 1, 30));
    add(
        Feed.to("firearms-licensing-supplier", system("firearms-licensing"))
            .from(DIRECTORY)
            .under(agreement("agr-firearms-licensing"))
            .by(TransferMethod.API)
            .at(3, 11, 45));
    add(
        Feed.to("rostering-supplier", system("duty-rostering"))
            .from(HR_MASTER)
            .under(agreement("agr-duty-rostering"))
            .by(TransferMethod.API)
            .at(2, 9, 20));
    add(
        Feed.to("productivity-cloud", system("email-and-collaboration"))
            .from(DIRECTORY)
            .under(agreement("agr-workplace-cloud"))
            .by(TransferMethod.API)
            .at(2, 9, 50));
  }

  private Feed add(Feed.Builder builder) {
    Feed feed = builder.build();
    feeds.add(feed);
    return feed;
  }

  private SystemPlan system(String code) {
    SystemPlan plan = systems.get(code);
    if (plan == null) {
      throw new IllegalStateException("the supplier catalogue has no system " + code);
    }
    return plan;
  }

  private Agreement agreement(String code) {
    Agreement agreement = agreements.get(code);
    if (agreement == null) {
      throw new IllegalStateException("the supplier catalogue has no agreement " + code);
    }
    return agreement;
  }
}
