package uk.warden.synth.access;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import uk.warden.core.access.AccessType;
import uk.warden.core.access.Grant;
import uk.warden.core.register.ClearanceLevel;
import uk.warden.core.register.PersonKind;

/**
 * Direct grants to people, and the problems planted among them. Always: six Digital Services
 * engineers administer the records and intelligence systems, with a purpose, in daily use. When
 * planting:
 *
 * <ul>
 *   <li>six leavers whose accounts were never disabled;
 *   <li>five response officers given read access to vetting cases or payroll with no purpose;
 *   <li>four CID officers whose misconduct-hearing access to complaints cases expired 15 to 70 days
 *       ago and was never removed (two used it afterwards);
 *   <li>four Digital Services engineers still administering systems for a 2023 migration they last
 *       touched 200 to 400 days ago;
 *   <li>an engineer vetted to RV only, reading the SECRET counter-terrorism case system;
 *   <li>a response officer who read 2,400 records from the intelligence system in one day and 800
 *       on another, against a median of about twenty.
 * </ul>
 *
 * <p>People are drawn, by the seed, only from those whose every clearance is valid, so each plant
 * is found by its own rule and no other.
 */
final class Plants {

  /** A day of bulk reading by one principal. */
  record BulkDay(String principal, String system, LocalDate day, int events, int recordsPerEvent) {}

  static final String BULK_SYSTEM = "intelligence-system";

  private final List<Grant> grants = new ArrayList<>();
  private final Set<String> enabledLeavers = new HashSet<>();
  private final List<BulkDay> bulk = new ArrayList<>();
  private final Set<Integer> used = new HashSet<>();
  private final Accounts accounts;
  private final Clock clock;
  private final SplittableRandom random;

  private Plants(Accounts accounts, Clock clock, long seed) {
    this.accounts = accounts;
    this.clock = clock;
    this.random = new SplittableRandom(seed);
  }

  static Plants choose(
      Accounts accounts, Clock clock, long seed, boolean planted, List<PlantedAccess> plants) {
    Plants chosen = new Plants(accounts, clock, seed);
    chosen.cleanAdmins();
    if (planted) {
      chosen.leavers(plants);
      chosen.withoutPurpose(plants);
      chosen.expired(plants);
      chosen.unused(plants);
      chosen.belowMarking(plants);
      chosen.bulkReader(plants);
    }
    return chosen;
  }

  List<Grant> grants() {
    return grants;
  }

  Set<String> enabledLeavers() {
    return enabledLeavers;
  }

  List<BulkDay> bulk() {
    return bulk;
  }

  private void cleanAdmins() {
    for (Account admin : pick(6, a -> digital(a) && a.clean(clock.asOf()))) {
      for (String system : List.of("records-management", "intelligence-system")) {
        grants.add(
            grant(admin.id(), system, AccessType.ADMINISTER, "Application support", 700, null, 2));
      }
    }
  }

  private void leavers(List<PlantedAccess> plants) {
    LocalDate cutoff = clock.asOf().minusDays(14);
    for (Account leaver :
        pick(
            6,
            a ->
                a.leaver()
                    && (Accounts.officer(a) || a.person().kind() == PersonKind.STAFF)
                    && a.person().leavingDate() != null
                    && !a.person().leavingDate().isAfter(cutoff))) {
      enabledLeavers.add(leaver.id());
      plants.add(
          new PlantedAccess(
              "leaver-with-access",
              leaver.id(),
              null,
              leaver.id()
                  + " left on "
                  + leaver.person().leavingDate()
                  + " but the account was never disabled."));
    }
  }

  private void withoutPurpose(List<PlantedAccess> plants) {
    List<Account> officers = pick(5, a -> response(a) && a.clean(clock.asOf()));
    for (int i = 0; i < officers.size(); i++) {
      String system = i < 3 ? "vetting-case-management" : "payroll";
      Grant grant =
          grant(officers.get(i).id(), system, AccessType.READ, null, 100 + 20L * i, null, 3 + i);
      grants.add(grant);
      plants.add(
          new PlantedAccess(
              "access-without-purpose",
              grant.id(),
              null,
              officers.get(i).id() + " was given read access to " + system + " with no purpose."));
    }
  }

  private void expired(List<PlantedAccess> plants) {
    List<Account> officers = pick(4, a -> cid(a) && a.clean(clock.asOf()));
    int[] expiredDaysAgo = {15, 30, 45, 70};
    for (int i = 0; i < officers.size(); i++) {
      int ago = expiredDaysAgo[i];
      boolean usedAfter = i < 2;
      Grant grant =
          grant(
              officers.get(i).id(),
              "psd-case-management",
              AccessType.READ,
              "Misconduct hearing support",
              365,
              clock.daysAgo(ago),
              usedAfter ? 5 : ago + 3);
      grants.add(grant);
      plants.add(
          new PlantedAccess(
              "grant-expired-still-active",
              grant.id(),
              null,
              officers.get(i).id()
                  + "'s access to complaints cases expired "
                  + ago
                  + " days ago and was never removed"
                  + (usedAfter ? "; it was used since." : ".")));
    }
  }

  private void unused(List<PlantedAccess> plants) {
    List<Account> engineers = pick(4, a -> digital(a) && a.clean(clock.asOf()));
    for (int i = 0; i < engineers.size(); i++) {
      String system = i % 2 == 0 ? "records-management" : "psd-case-management";
      long lastUsed = 200 + 65L * i;
      Grant grant =
          grant(
              engineers.get(i).id(),
              system,
              AccessType.ADMINISTER,
              "Data migration project 2023",
              730,
              null,
              lastUsed);
      grants.add(grant);
      plants.add(
          new PlantedAccess(
              "access-unused",
              grant.id(),
              null,
              engineers.get(i).id()
                  + " still administers "
                  + system
                  + ", last used "
                  + lastUsed
                  + " days ago."));
    }
  }

  private void belowMarking(List<PlantedAccess> plants) {
    for (Account engineer :
        pick(1, a -> digital(a) && a.onlyCleared(ClearanceLevel.RV, clock.asOf()))) {
      grants.add(
          grant(
              engineer.id(),
              "ct-case-management",
              AccessType.READ,
              "Search index support",
              90,
              null,
              4));
      plants.add(
          new PlantedAccess(
              "clearance-below-marking",
              engineer.id(),
              "ct-case-management",
              engineer.id()
                  + ", vetted to RV only, can read the SECRET counter-terrorism case system."));
    }
  }

  private void bulkReader(List<PlantedAccess> plants) {
    for (Account officer : pick(1, a -> response(a) && a.clean(clock.asOf()))) {
      bulk.add(new BulkDay(officer.id(), BULK_SYSTEM, clock.weekdayAgo(20), 30, 80));
      bulk.add(new BulkDay(officer.id(), BULK_SYSTEM, clock.weekdayAgo(45), 10, 80));
      plants.add(
          new PlantedAccess(
              "bulk-lookup",
              officer.id(),
              BULK_SYSTEM,
              officer.id()
                  + " read 2,400 records from the intelligence system on "
                  + clock.weekdayAgo(20)
                  + " and 800 on "
                  + clock.weekdayAgo(45)
                  + "."));
    }
  }

  private Grant grant(
      String principal,
      String system,
      AccessType type,
      @Nullable String purpose,
      long grantedDaysAgo,
      java.time.@Nullable Instant expires,
      long lastUsedDaysAgo) {
    return new Grant(
        "g-" + principal + "-" + system,
        principal,
        system,
        Set.of(),
        type,
        purpose,
        "digital-services",
        clock.daysAgo(grantedDaysAgo),
        expires,
        clock.daysAgo(lastUsedDaysAgo));
  }

  /** Up to {@code count} accounts matching, drawn by the seed, each used once across plants. */
  private List<Account> pick(int count, Predicate<Account> eligible) {
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < accounts.all().size(); i++) {
      if (!used.contains(i) && eligible.test(accounts.get(i))) {
        candidates.add(i);
      }
    }
    List<Account> chosen = new ArrayList<>();
    while (chosen.size() < count && !candidates.isEmpty()) {
      int index = candidates.remove(random.nextInt(candidates.size()));
      used.add(index);
      chosen.add(accounts.get(index));
    }
    return chosen;
  }

  private static boolean digital(Account a) {
    return "digital-services".equals(a.person().unitCode())
        && a.person().kind() == PersonKind.STAFF;
  }

  private static boolean response(Account a) {
    return Accounts.officer(a)
        && a.person().unitCode() != null
        && a.person().unitCode().startsWith("response-");
  }

  private static boolean cid(Account a) {
    return Accounts.officer(a) && "cid".equals(a.person().unitCode());
  }
}
