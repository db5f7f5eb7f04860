package uk.warden.core.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.warden.core.findings.Fixture.AT;
import static uk.warden.core.findings.Fixture.TODAY;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.warden.core.access.AccessType;
import uk.warden.core.access.Grant;
import uk.warden.core.access.Principal;
import uk.warden.core.register.Marking;

class GrantChecksTests {

  private static final Instant LONG_AGO = AT.minusSeconds(400L * 86_400);

  private static Fixture world() {
    return new Fixture()
        .internal("digital-services")
        .system("payroll", null, Marking.OFFICIAL_SENSITIVE, 1000, "user.name")
        .user("u1", null)
        .user("u2", null)
        .principal(Principal.user("u3", null).disabled())
        .principal(Principal.group("hr"))
        .member("hr", "u1")
        .member("hr", "u2");
  }

  private static Grant grant(String id, String holder, String purpose, Instant expires) {
    return new Grant(
        id, holder, "payroll", Set.of(), AccessType.READ, purpose, null, LONG_AGO, expires, null);
  }

  @Test
  void reportsLiveGrantsWithNoPurpose() {
    Fixture world =
        world()
            .grant(grant("g-none", "u1", null, null))
            .grant(grant("g-purpose", "u1", "payroll queries", null))
            .grant(grant("g-expired", "u1", null, AT.minusSeconds(60)))
            .grant(grant("g-disabled", "u3", null, null))
            .grant(grant("g-group", "hr", " ", null));

    List<Finding> findings = world.findings("access-without-purpose");

    assertThat(findings)
        .extracting(Finding::key)
        .containsExactly(
            "access-without-purpose/grant/g-group", "access-without-purpose/grant/g-none");
    assertThat(findings.get(0).fact("peopleReached")).isEqualTo("2");
    assertThat(findings.get(1).summary())
        .isEqualTo(
            "Grant g-none gives u1 READ on payroll system (payroll) with no purpose recorded.");
    assertThat(findings.get(1).fact("marking")).isEqualTo("OFFICIAL-SENSITIVE");
  }

  @Test
  void checksOnlyTheAccessTypesItIsTold() {
    Fixture world =
        world()
            .grant(grant("g-read", "u1", null, null))
            .grant(
                new Grant(
                    "g-admin",
                    "u1",
                    "payroll",
                    Set.of(),
                    AccessType.ADMINISTER,
                    null,
                    null,
                    LONG_AGO,
                    null,
                    null));

    FindingsReport report =
        world.evaluate(Fixture.only("access-without-purpose", "{accessTypes: [ADMINISTER]}"));

    assertThat(report.findings()).extracting(f -> f.subject().id()).containsExactly("g-admin");
  }

  @Test
  void reportsGrantsPastExpiryStillInForceAndUseAfterIt() {
    Fixture world =
        world()
            .grant(grant("g-old", "u1", "project", AT.minusSeconds(20L * 86_400)))
            .grant(grant("g-fresh", "u2", "project", AT.minusSeconds(86_400)))
            .grant(grant("g-later", "u2", "project", AT.plusSeconds(86_400)))
            .grant(grant("g-gone", "u3", "project", AT.minusSeconds(20L * 86_400)))
            .read("u1", "payroll", 5, 10);

    List<Finding> all = world.findings("grant-expired-still-active");
    List<Finding> withGrace =
        world.evaluate(Fixture.only("grant-expired-still-active", "{graceDays: 7}")).findings();

    assertThat(all).extracting(f -> f.subject().id()).containsExactly("g-fresh", "g-old");
    Finding old = all.get(1);
    assertThat(old.fact("daysSinceExpiry")).isEqualTo("20");
    assertThat(old.fact("usedAfterExpiry")).isEqualTo("yes, last on " + TODAY.minusDays(5));
    assertThat(old.summary()).endsWith("it was used after it expired.");
    assertThat(withGrace).extracting(f -> f.subject().id()).containsExactly("g-old");
  }

  @Test
  void reportsAccessUnusedForTheWholePeriod() {
    Fixture world =
        world()
            .grant(grant("g-never", "u1", "x", null))
            .grant(grant("g-used", "u2", "x", null))
            .grant(
                new Grant(
                    "g-directory",
                    "u1",
                    "payroll",
                    Set.of(),
                    AccessType.EXPORT,
                    "x",
                    null,
                    LONG_AGO,
                    null,
                    AT.minusSeconds(10L * 86_400)))
            .grant(
                new Grant(
                    "g-young",
                    "u1",
                    "payroll",
                    Set.of(),
                    AccessType.ADMINISTER,
                    "x",
                    null,
                    AT.minusSeconds(30L * 86_400),
                    null,
                    null))
            .grant(grant("g-group", "hr", "x", null))
            .grant(grant("g-stale", "u2", "x", null))
            .read("u2", "payroll", 3, 1);

    List<Finding> findings = world.findings("access-unused");

    // g-used and g-group were used through u2's reads (u2 is in hr); g-stale too, by the same
    // principal on the same system: use counts per principal and system, not per grant.
    assertThat(findings).extracting(f -> f.subject().id()).containsExactly("g-never");
    assertThat(findings.get(0).fact("lastUsed")).isEqualTo("never recorded");
    assertThat(findings.get(0).fact("daysUnused")).isEqualTo("400");
  }

  @Test
  void judgesUseAgainstTheNumberOfDaysItIsGiven() {
    Fixture world = world().grant(grant("g1", "u1", "x", null)).read("u1", "payroll", 40, 1);

    assertThat(world.findings("access-unused")).isEmpty();
    assertThat(world.evaluate(Fixture.only("access-unused", "{days: 30}")).findings())
        .singleElement()
        .satisfies(f -> assertThat(f.fact("lastUsed")).isEqualTo(TODAY.minusDays(40).toString()));
  }
}
