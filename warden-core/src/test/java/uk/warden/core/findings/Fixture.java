package uk.warden.core.findings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import uk.warden.core.access.AccessDirectory;
import uk.warden.core.access.AccessType;
import uk.warden.core.access.AccessVolumes;
import uk.warden.core.access.Grant;
import uk.warden.core.access.Membership;
import uk.warden.core.access.Principal;
import uk.warden.core.register.Agreement;
import uk.warden.core.register.Assurance;
import uk.warden.core.register.Classification;
import uk.warden.core.register.Clearance;
import uk.warden.core.register.ClearanceLevel;
import uk.warden.core.register.ClearanceStatus;
import uk.warden.core.register.CyberEssentials;
import uk.warden.core.register.DataSystem;
import uk.warden.core.register.EmploymentStatus;
import uk.warden.core.register.Marking;
import uk.warden.core.register.Party;
import uk.warden.core.register.PartyKind;
import uk.warden.core.register.Person;
import uk.warden.core.register.PersonKind;
import uk.warden.core.register.Population;
import uk.warden.core.register.Regime;

/**
 * A small world for rule tests, built fluently: parties, systems, agreements, people, principals,
 * grants and volumes, evaluated on {@link #TODAY}. Everything not said is well-run: suppliers'
 * assurance is current and complete, grants have purposes.
 */
final class Fixture {

  static final ZoneId ZONE = ZoneId.of("Europe/London");
  static final LocalDate TODAY = LocalDate.parse("2025-06-30");
  static final Instant AT = Instant.parse("2025-06-30T11:00:00Z");
  static final Marking SECRET = new Marking(Classification.SECRET, false, null);

  final List<Party> parties = new ArrayList<>();
  final List<DataSystem> systems = new ArrayList<>();
  final List<Agreement> agreements = new ArrayList<>();
  final List<Person> people = new ArrayList<>();
  final List<Principal> principals = new ArrayList<>();
  final List<Membership> memberships = new ArrayList<>();
  final List<Grant> grants = new ArrayList<>();
  final AccessVolumes.Builder volumes = AccessVolumes.builder(ZONE);
  final List<java.util.Map.Entry<String, PartyHoldings>> holdings = new ArrayList<>();
  Long workforce;

  static Assurance goodAssurance() {
    return new Assurance(
        CyberEssentials.PLUS,
        TODAY.plusMonths(6),
        TODAY.plusMonths(9),
        TODAY.minusMonths(3),
        "Satisfactory",
        24,
        true,
        true,
        true,
        ClearanceLevel.NPPV3,
        "UK");
  }

  Fixture supplier(String code, Assurance assurance) {
    parties.add(new Party(code, code + " Ltd", PartyKind.SUPPLIER, null, assurance));
    return this;
  }

  Fixture supplier(String code) {
    return supplier(code, goodAssurance());
  }

  Fixture subProcessor(String code, String parent, Assurance assurance) {
    parties.add(new Party(code, code + " Ltd", PartyKind.SUB_PROCESSOR, parent, assurance));
    return this;
  }

  Fixture internal(String code) {
    parties.add(new Party(code, code, PartyKind.INTERNAL, null, Assurance.NONE));
    return this;
  }

  Fixture system(String code, String host, Marking marking, long records, String... categories) {
    systems.add(
        new DataSystem(
            code,
            code + " system",
            host,
            Set.of(categories),
            marking,
            records,
            Population.WHOLE_WORKFORCE,
            null));
    return this;
  }

  Fixture agreement(String code, String party, LocalDate end, Integer retention, String... cats) {
    return agreement(code, party, "Service", "Provide the service", end, retention, cats);
  }

  Fixture agreement(
      String code,
      String party,
      String title,
      String purpose,
      LocalDate end,
      Integer retention,
      String... categories) {
    agreements.add(
        new Agreement(
            code,
            party,
            title,
            purpose,
            "UK GDPR Art 6(1)(e)",
            Regime.UK_GDPR,
            Set.of(categories),
            TODAY.minusYears(3),
            end,
            retention,
            null));
    return this;
  }

  Fixture person(String payNumber, EmploymentStatus status, LocalDate left, Clearance... cleared) {
    people.add(
        new Person(
            null,
            payNumber,
            "Surname" + payNumber,
            "Forename",
            PersonKind.OFFICER,
            null,
            null,
            null,
            EnumSet.noneOf(uk.warden.core.register.SensitivityFlag.class),
            List.of(cleared),
            status,
            left,
            List.of(),
            null));
    return this;
  }

  Fixture serving(String payNumber, Clearance... cleared) {
    return person(payNumber, EmploymentStatus.SERVING, null, cleared);
  }

  static Clearance valid(ClearanceLevel level) {
    return new Clearance(level, TODAY.minusYears(1), TODAY.plusYears(2), ClearanceStatus.ACTIVE);
  }

  static Clearance expired(ClearanceLevel level, int daysAgo) {
    return new Clearance(
        level, TODAY.minusYears(5), TODAY.minusDays(daysAgo), ClearanceStatus.ACTIVE);
  }

  static Clearance withStatus(ClearanceLevel level, ClearanceStatus status) {
    return new Clearance(level, TODAY.minusYears(1), TODAY.plusYears(2), status);
  }

  Fixture principal(Principal principal) {
    principals.add(principal);
    return this;
  }

  Fixture user(String id, String payNumber) {
    return principal(Principal.user(id, payNumber));
  }

  Fixture member(String group, String member) {
    memberships.add(new Membership(group, member));
    return this;
  }

  Fixture grant(String id, String holder, String system, AccessType type) {
    return grant(
        new Grant(
            id,
            holder,
            system,
            Set.of(),
            type,
            "duty",
            "admin",
            AT.minusSeconds(400L * 86_400),
            null,
            null));
  }

  Fixture grant(Grant grant) {
    grants.add(grant);
    return this;
  }

  /** {@code records} read by {@code principal} on {@code system}, {@code daysAgo} days ago. */
  Fixture read(String principal, String system, int daysAgo, long records) {
    volumes.add(principal, system, TODAY.minusDays(daysAgo), records, 1);
    return this;
  }

  Fixture holdings(PartyHoldings held) {
    holdings.add(java.util.Map.entry(held.party(), held));
    return this;
  }

  Fixture workforce(long headcount) {
    workforce = headcount;
    return this;
  }

  FindingsInput input() {
    FindingsInput.Builder builder =
        FindingsInput.builder(AT, ZONE)
            .register(parties, systems, agreements)
            .people(people)
            .access(AccessDirectory.of(principals, memberships, grants))
            .volumes(volumes.build());
    if (workforce != null) {
      builder.servingWorkforce(workforce);
    }
    for (var entry : holdings) {
      builder.holdings(java.util.Map.of(entry.getKey(), entry.getValue()));
    }
    return builder.build();
  }

  /** The findings of the standard rule {@code code} alone. */
  List<Finding> findings(String code) {
    return evaluate(RuleSet.standard()).byRule(code);
  }

  FindingsReport evaluate(RuleSet rules) {
    return new FindingsEngine(rules).evaluate(input());
  }

  /** A one-rule set: the standard rule {@code code} with its params replaced by {@code yaml}. */
  static RuleSet only(String code, String paramsYaml) {
    Rule standard = RuleSet.standard().rule(code).orElseThrow();
    return RuleSet.fromYaml(
        "rules:\n"
            + "  - code: "
            + code
            + "\n    check: "
            + standard.check()
            + "\n    severity: "
            + standard.severity()
            + "\n    title: t\n    explanation: e\n    evidence: v\n    fix: f\n"
            + "    params: "
            + paramsYaml
            + "\n",
        "test.yaml");
  }
}
