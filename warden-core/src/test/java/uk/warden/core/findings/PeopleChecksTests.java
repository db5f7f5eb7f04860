package uk.warden.core.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.warden.core.findings.Fixture.TODAY;
import static uk.warden.core.findings.Fixture.expired;
import static uk.warden.core.findings.Fixture.valid;
import static uk.warden.core.findings.Fixture.withStatus;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.warden.core.access.AccessType;
import uk.warden.core.access.Principal;
import uk.warden.core.register.ClearanceLevel;
import uk.warden.core.register.ClearanceStatus;
import uk.warden.core.register.EmploymentStatus;
import uk.warden.core.register.Marking;

class PeopleChecksTests {

  private static Fixture world() {
    return new Fixture()
        .supplier("hr-cloud")
        .system("records", null, Marking.OFFICIAL_SENSITIVE, 1000, "user.name")
        .system("ct-cases", null, Fixture.SECRET, 100, "user.name")
        .system("hr", "hr-cloud", Marking.OFFICIAL_SENSITIVE, 1000, "user.name")
        .principal(Principal.group("officers"));
  }

  @Test
  void reportsLeaversWhoseAccountsStillReachSystems() {
    Fixture world =
        world()
            .person(
                "100001",
                EmploymentStatus.LEFT,
                TODAY.minusDays(45),
                valid(ClearanceLevel.MV),
                withStatus(ClearanceLevel.SC, ClearanceStatus.WITHDRAWN))
            .person("100002", EmploymentStatus.LEFT, TODAY.minusDays(45))
            .person("100003", EmploymentStatus.LEFT, TODAY.minusDays(2))
            .person("100004", EmploymentStatus.LEFT, TODAY.minusDays(300))
            .user("u1", "100001")
            .principal(Principal.user("u2", "100002").disabled())
            .user("u3", "100003")
            .user("u4", "100004")
            .member("officers", "u1")
            .member("officers", "u2")
            .member("officers", "u3")
            .grant("g1", "officers", "records", AccessType.READ)
            .grant("g2", "u1", "hr", AccessType.EXPORT);

    List<Finding> findings = world.findings("leaver-with-access");
    List<Finding> withGrace =
        world.evaluate(Fixture.only("leaver-with-access", "{graceDays: 7}")).findings();

    assertThat(findings)
        .extracting(f -> f.subject().id())
        .containsExactly("u1", "u3"); // u2 disabled, u4 holds no grant
    Finding leaver = findings.get(0);
    assertThat(leaver.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(leaver.summary())
        .isEqualTo(
            "u1 (pay number 100001) left on "
                + TODAY.minusDays(45)
                + ", 45 days ago, and still holds 2 live grants on 2 systems.");
    assertThat(leaver.fact("clearancesStillActive")).isEqualTo("MV");
    assertThat(leaver.fact("systems")).isEqualTo("hr, records");
    assertThat(leaver.evidence()).noneMatch(f -> f.value().contains("Surname"));
    assertThat(withGrace).extracting(f -> f.subject().id()).containsExactly("u1");
  }

  @Test
  void reportsAccessHeldAfterAClearanceEndedWithoutAReplacement() {
    Fixture world =
        world()
            .serving("100001", withStatus(ClearanceLevel.RV, ClearanceStatus.LAPSED))
            .serving("100002", expired(ClearanceLevel.MV, 30), valid(ClearanceLevel.RV))
            .serving("100003", expired(ClearanceLevel.RV, 30), valid(ClearanceLevel.MV))
            .serving("100004", withStatus(ClearanceLevel.RV, ClearanceStatus.PENDING))
            .person(
                "100005",
                EmploymentStatus.LEFT,
                TODAY.minusDays(10),
                withStatus(ClearanceLevel.RV, ClearanceStatus.WITHDRAWN))
            .user("u1", "100001")
            .user("u2", "100002")
            .user("u3", "100003")
            .user("u4", "100004")
            .user("u5", "100005")
            .principal(
                Principal.supplierStaff(
                    "s1", "hr-cloud", List.of(expired(ClearanceLevel.NPPV3, 80))))
            .principal(
                Principal.supplierStaff(
                        "s2", "hr-cloud", List.of(expired(ClearanceLevel.NPPV3, 80)))
                    .disabled())
            .member("officers", "u1")
            .member("officers", "u2")
            .member("officers", "u3")
            .member("officers", "u4")
            .member("officers", "u5")
            .grant("g1", "officers", "records", AccessType.READ)
            .grant("g2", "s1", "hr", AccessType.ADMINISTER)
            .grant("g3", "s2", "hr", AccessType.ADMINISTER);

    List<Finding> findings = world.findings("clearance-lapsed-with-access");

    // u3's expired RV is replaced by a deeper valid MV; u4 was never cleared (the marking rule's);
    // u5 is a leaver (the leaver rule's); s2 is disabled.
    assertThat(findings).extracting(f -> f.subject().id()).containsExactly("s1", "u1", "u2");
    Finding staff = findings.get(0);
    assertThat(staff.summary())
        .isEqualTo(
            "s1 (SUPPLIER_STAFF of hr-cloud) holds 1 live grant although NPPV3 expired "
                + TODAY.minusDays(80)
                + " (still recorded as active).");
    assertThat(staff.fact("daysSinceExpiry")).isEqualTo("80");
    assertThat(findings.get(2).fact("validClearances")).isEqualTo("RV");
  }

  @Test
  void theRegistersVettingRecordOverridesTheAccounts() {
    Fixture world =
        world()
            .serving("100001", valid(ClearanceLevel.MV))
            .principal(
                new Principal(
                    "u1",
                    uk.warden.core.access.PrincipalKind.USER,
                    "100001",
                    null,
                    List.of(withStatus(ClearanceLevel.RV, ClearanceStatus.LAPSED)),
                    true))
            .grant("g1", "u1", "ct-cases", AccessType.READ);

    assertThat(world.findings("clearance-lapsed-with-access")).isEmpty();
    assertThat(world.findings("clearance-below-marking")).isEmpty();
  }

  @Test
  void reportsClearancesTooShallowForTheSystemsMarking() {
    Fixture world =
        world()
            .serving("100001", valid(ClearanceLevel.RV))
            .serving("100002", valid(ClearanceLevel.MV))
            .serving("100003", withStatus(ClearanceLevel.RV, ClearanceStatus.PENDING))
            .serving("100004", withStatus(ClearanceLevel.RV, ClearanceStatus.LAPSED))
            .user("u1", "100001")
            .user("u2", "100002")
            .user("u3", "100003")
            .user("u4", "100004")
            .principal(
                Principal.supplierStaff("s1", "hr-cloud", List.of(valid(ClearanceLevel.NPPV2A))))
            .member("officers", "u1")
            .member("officers", "u2")
            .member("officers", "u3")
            .member("officers", "u4")
            .grant("g1", "officers", "records", AccessType.READ)
            .grant("g2", "officers", "ct-cases", AccessType.READ)
            .grant("g3", "s1", "hr", AccessType.ADMINISTER);

    List<Finding> findings = world.findings("clearance-below-marking");

    assertThat(findings)
        .extracting(Finding::key)
        .containsExactly(
            "clearance-below-marking/principal/s1/hr",
            "clearance-below-marking/principal/u1/ct-cases",
            "clearance-below-marking/principal/u3/ct-cases",
            "clearance-below-marking/principal/u3/records");
    assertThat(findings.get(0).summary())
        .isEqualTo(
            "s1 holds NPPV2A but can reach hr system (hr), marked OFFICIAL-SENSITIVE, which needs"
                + " one of RV, MV, NPPV2F, NPPV3, SC, eSC, DV, eDV.");
    assertThat(findings.get(2).fact("clearancesHeld"))
        .isEqualTo("no valid clearance (vetting pending)");
    assertThat(findings.get(1).fact("grants")).isEqualTo("g2 (READ)");
  }

  @Test
  void takesTheRequirementTableFromTheRule() {
    Fixture world =
        world()
            .serving("100001", valid(ClearanceLevel.RV))
            .user("u1", "100001")
            .grant("g1", "u1", "ct-cases", AccessType.READ)
            .grant("g2", "u1", "records", AccessType.READ);

    FindingsReport report =
        world.evaluate(
            Fixture.only(
                "clearance-below-marking",
                "{requirements: {SECRET: [RV, MV], OFFICIAL-SENSITIVE: [MV]}}"));

    assertThat(report.findings())
        .extracting(Finding::key)
        .containsExactly("clearance-below-marking/principal/u1/records");
  }
}
