package uk.warden.synth.access;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.warden.core.access.AccessType;
import uk.warden.core.access.Grant;
import uk.warden.core.access.Principal;
import uk.warden.core.register.Agreement;
import uk.warden.core.register.Clearance;
import uk.warden.core.register.ClearanceLevel;
import uk.warden.core.register.ClearanceStatus;

/**
 * Suppliers' support engineers with accounts on the systems their companies run, each vetted to
 * NPPV2 (full) or NPPV3 as systems access needs, with a grant whose purpose names the agreement and
 * whose expiry is the agreement's end.
 *
 * <p>Planted: two Oakline engineers whose NPPV3 expired 60 and 150 days ago (still recorded as
 * active), and a Kestrel engineer vetted only to NPPV2 (abbreviated), which gives no systems
 * access, administering the card production system.
 */
final class SupplierStaff {

  record Team(String party, int size, ClearanceLevel level, List<String> systems) {}

  static final List<Team> TEAMS =
      List.of(
          new Team("hr-erp-cloud", 5, ClearanceLevel.NPPV3, List.of("hr-erp", "hr-erp-backup")),
          new Team("bwv-storage", 4, ClearanceLevel.NPPV3, List.of("bwv-evidence")),
          new Team("id-card-maker", 3, ClearanceLevel.NPPV2F, List.of("id-card-production")),
          new Team("rostering-supplier", 3, ClearanceLevel.NPPV2F, List.of("duty-rostering")),
          new Team(
              "productivity-cloud", 4, ClearanceLevel.NPPV3, List.of("email-and-collaboration")),
          new Team(
              "firearms-licensing-supplier",
              2,
              ClearanceLevel.NPPV3,
              List.of("firearms-licensing")));

  private final List<Principal> principals = new ArrayList<>();
  private final List<Grant> grants = new ArrayList<>();
  private final Map<String, List<String>> staffByParty = new LinkedHashMap<>();
  private final Map<String, List<String>> systemsByStaff = new LinkedHashMap<>();

  private SupplierStaff() {}

  static SupplierStaff build(
      List<Agreement> agreements, Clock clock, boolean planted, List<PlantedAccess> plants) {
    SupplierStaff staff = new SupplierStaff();
    for (Team team : TEAMS) {
      Agreement agreement = agreementOf(team.party(), agreements, clock.asOf());
      for (int n = 1; n <= team.size(); n++) {
        Clearance clearance = valid(team.level(), clock.asOf(), n);
        String id = "ext-" + team.party() + "-" + n;
        if (planted && team.party().equals("hr-erp-cloud") && n >= 4) {
          int daysAgo = n == 4 ? 60 : 150;
          clearance =
              new Clearance(
                  ClearanceLevel.NPPV3,
                  clock.asOf().minusYears(5).minusDays(daysAgo),
                  clock.asOf().minusDays(daysAgo),
                  ClearanceStatus.ACTIVE);
          plants.add(
              new PlantedAccess(
                  "clearance-lapsed-with-access",
                  id,
                  null,
                  id
                      + ", an Oakline support engineer, still administers the HR system although"
                      + " their NPPV3 expired "
                      + daysAgo
                      + " days ago."));
        }
        staff.add(id, team.party(), clearance, team.systems(), agreement, clock, n);
      }
      if (planted && team.party().equals("id-card-maker")) {
        String id = "ext-id-card-maker-temp";
        staff.add(
            id,
            team.party(),
            valid(ClearanceLevel.NPPV2A, clock.asOf(), 9),
            team.systems(),
            agreement,
            clock,
            9);
        plants.add(
            new PlantedAccess(
                "clearance-below-marking",
                id,
                "id-card-production",
                id
                    + ", a Kestrel temporary engineer vetted only to NPPV2 (abbreviated), which"
                    + " allows no systems access, administers the card production system."));
      }
    }
    return staff;
  }

  private void add(
      String id,
      String party,
      Clearance clearance,
      List<String> systems,
      Agreement agreement,
      Clock clock,
      int n) {
    principals.add(Principal.supplierStaff(id, party, List.of(clearance)));
    staffByParty.computeIfAbsent(party, k -> new ArrayList<>()).add(id);
    systemsByStaff.put(id, systems);
    for (String system : systems) {
      grants.add(
          new Grant(
              "g-" + id + "-" + system,
              id,
              system,
              Set.of(),
              AccessType.ADMINISTER,
              "Second-line support under " + agreement.code(),
              "digital-services",
              clock.daysAgo(200 + 30L * n),
              agreement.end() == null ? null : Clock.endOf(agreement.end()),
              clock.daysAgo(1 + (n * 3L) % 20)));
    }
  }

  private static Agreement agreementOf(String party, List<Agreement> agreements, LocalDate day) {
    for (Agreement agreement : agreements) {
      if (agreement.partyCode().equals(party) && agreement.activeOn(day)) {
        return agreement;
      }
    }
    throw new IllegalStateException("no agreement in force with " + party);
  }

  /** A clearance granted a while ago and valid for years yet. */
  private static Clearance valid(ClearanceLevel level, LocalDate asOf, int n) {
    LocalDate granted = asOf.minusDays(100L + 40L * n);
    int years = level == ClearanceLevel.NPPV3 ? 5 : 3;
    return new Clearance(level, granted, granted.plusYears(years), ClearanceStatus.ACTIVE);
  }

  List<Principal> principals() {
    return principals;
  }

  List<Grant> grants() {
    return grants;
  }

  Map<String, List<String>> staffByParty() {
    return staffByParty;
  }

  List<String> systemsOf(String staffId) {
    return systemsByStaff.get(staffId);
  }
}
