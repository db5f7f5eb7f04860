package uk.warden.synth.access;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import uk.warden.core.access.AccessType;
import uk.warden.core.register.Person;
import uk.warden.core.register.PersonKind;
import uk.warden.core.register.SensitivityFlag;

/**
 * The force's role groups: who is in each (by kind, unit or role flag) and what each group may use,
 * with a purpose for every grant and how many of the group use it on a weekday. Membership follows
 * the register, so a group's members are vetted as its systems' markings need: the secret systems'
 * groups are the flagged roles, all management vetted.
 */
final class RoleGroups {

  /** A grant a group holds, and the share of its members who use it on a weekday. */
  record GroupGrant(
      String system, AccessType type, String purpose, double dailyShare, Intensity intensity) {}

  record Group(String id, Predicate<Person> members, List<GroupGrant> grants) {}

  static final String ALL_USERS = "grp-all-users";
  static final String OPERATIONAL = "grp-operational";

  private RoleGroups() {}

  static List<Group> standard() {
    return List.of(
        new Group(
            ALL_USERS,
            p -> true,
            List.of(
                read("force-directory", "Find colleagues' contact details", 0.001),
                read("email-and-collaboration", "Email, documents and chat", 0.001),
                read("learning-management", "Mandatory and specialist training", 0.001),
                read("duty-rostering", "See own and team duties", 0.001))),
        new Group(
            OPERATIONAL,
            p -> Set.of(PersonKind.OFFICER, PersonKind.SPECIAL, PersonKind.PCSO).contains(p.kind()),
            List.of(
                read("records-management", "Record and consult crimes, cases and custody", 0.015),
                read("intelligence-system", "Consult intelligence for operational duties", 0.009),
                read("bwv-evidence", "Review and share own body-worn video", 0.005))),
        unit(
            "grp-investigators",
            Set.of("cid", "major-crime", "public-protection", "economic-crime"),
            new GroupGrant(
                "records-management",
                AccessType.EXPORT,
                "Prepare case files for the CPS",
                0.015,
                Intensity.NORMAL)),
        unit(
            "grp-intelligence",
            Set.of("intelligence-bureau", "special-branch", "anti-corruption"),
            new GroupGrant(
                "intelligence-system",
                AccessType.EXPORT,
                "Intelligence analysis and dissemination",
                0.03,
                Intensity.HEAVY)),
        flagged(
            "grp-counter-terrorism",
            SensitivityFlag.COUNTER_TERRORISM,
            read("ct-case-management", "Counter-terrorism investigations", 0.05)),
        flagged(
            "grp-covert",
            SensitivityFlag.COVERT,
            read("covert-operations-register", "Plan and record covert deployments", 0.05)),
        flagged(
            "grp-protection",
            SensitivityFlag.PROTECTION,
            read("protection-deployments", "Plan protection duties", 0.05)),
        unit(
            "grp-hr",
            Set.of("human-resources"),
            new GroupGrant(
                "hr-erp", AccessType.EXPORT, "Manage the HR master record", 0.1, Intensity.NORMAL)),
        unit(
            "grp-psd",
            Set.of("professional-standards", "anti-corruption"),
            read("psd-case-management", "Investigate complaints and misconduct", 0.1)),
        unit(
            "grp-vetting",
            Set.of("force-vetting-unit"),
            read("vetting-case-management", "Vetting decisions and reviews", 0.1)),
        unit(
            "grp-firearms-licensing",
            Set.of("firearms-licensing"),
            read("firearms-licensing", "Grant and review certificates", 0.1)),
        unit(
            "grp-fleet",
            Set.of("fleet-services"),
            read("fleet-telematics", "Maintain the fleet and check entitlement", 0.1)),
        unit(
            "grp-finance",
            Set.of("finance"),
            read("payroll", "Payroll queries and reconciliation", 0.1),
            read("pension-administration", "Pension queries", 0.05)),
        unit(
            "grp-information-management",
            Set.of("information-management"),
            read("foi-disclosure-log", "Handle FOI requests", 0.1)),
        unit(
            "grp-pass-office",
            Set.of("estates"),
            new GroupGrant(
                "building-access-control",
                AccessType.ADMINISTER,
                "Issue and revoke building passes",
                0.1,
                Intensity.LIGHT),
            read("id-card-production", "Order warrant cards and passes", 0.05)),
        unit(
            "grp-digital-admins",
            Set.of("digital-services"),
            new GroupGrant(
                "force-directory", AccessType.ADMINISTER, "Manage accounts", 0.05, Intensity.LIGHT),
            new GroupGrant(
                "email-and-collaboration",
                AccessType.ADMINISTER,
                "Manage mailboxes and sites",
                0.05,
                Intensity.LIGHT)));
  }

  private static GroupGrant read(String system, String purpose, double share) {
    return new GroupGrant(system, AccessType.READ, purpose, share, Intensity.NORMAL);
  }

  private static Group unit(String id, Set<String> units, GroupGrant... grants) {
    return new Group(
        id, p -> p.unitCode() != null && units.contains(p.unitCode()), List.of(grants));
  }

  private static Group flagged(String id, SensitivityFlag flag, GroupGrant... grants) {
    return new Group(id, p -> p.flags().contains(flag), List.of(grants));
  }
}
