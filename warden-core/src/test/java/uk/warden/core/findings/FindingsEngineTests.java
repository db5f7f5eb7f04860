package uk.warden.core.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.warden.core.findings.Fixture.TODAY;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.warden.core.access.AccessType;
import uk.warden.core.access.Principal;
import uk.warden.core.register.EmploymentStatus;
import uk.warden.core.register.Marking;

class FindingsEngineTests {

  private static Fixture world() {
    return new Fixture()
        .supplier(
            "travel",
            new uk.warden.core.register.Assurance(
                uk.warden.core.register.CyberEssentials.PLUS,
                TODAY.plusYears(1),
                TODAY.plusYears(1),
                TODAY.minusMonths(1),
                null,
                null,
                true,
                true,
                true,
                null,
                "UK"))
        .agreement("agr-travel", "travel", TODAY.plusYears(1), 1, "user.name")
        .system("bookings", "travel", Marking.OFFICIAL, 10, "user.name")
        .system("records", null, Marking.OFFICIAL_SENSITIVE, 10, "user.name")
        .person("100001", EmploymentStatus.LEFT, TODAY.minusDays(3))
        .user("u1", "100001")
        .principal(Principal.serviceAccount("svc"))
        .grant("g1", "u1", "records", AccessType.READ)
        .grant(
            new uk.warden.core.access.Grant(
                "g2",
                "svc",
                "records",
                java.util.Set.of(),
                AccessType.EXPORT,
                null,
                null,
                Fixture.AT.minusSeconds(86_400),
                null,
                null));
  }

  @Test
  void reportsMostSevereFirstAndCountsEveryRuleEvenWhenClean() {
    FindingsReport report = world().evaluate(RuleSet.standard());

    assertThat(report.findings())
        .extracting(Finding::key)
        .containsExactly(
            "leaver-with-access/principal/u1",
            "no-breach-notification-clause/party/travel",
            "access-without-purpose/grant/g2",
            "access-unused/grant/g1");
    assertThat(report.countsByRule())
        .hasSize(14)
        .containsEntry("bulk-lookup", 0)
        .containsEntry("leaver-with-access", 1);
    assertThat(report.timeByRule()).hasSize(14);
    assertThat(report.about(SubjectKind.PARTY, "travel")).hasSize(1);
    assertThat(report.findings().get(0).check()).isEqualTo("leaver-with-access");
  }

  @Test
  void keysAndContentAreStableAcrossEvaluations() {
    FindingsReport first = world().evaluate(RuleSet.standard());
    FindingsReport again = world().evaluate(RuleSet.standard());
    FindingsReport grown =
        world()
            .serving("100002")
            .user("u2", "100002")
            .grant("g9", "u2", "records", AccessType.READ)
            .evaluate(RuleSet.standard());

    assertThat(again.findings()).isEqualTo(first.findings());
    List<String> keys = first.findings().stream().map(Finding::key).toList();
    assertThat(grown.findings()).extracting(Finding::key).containsAll(keys);
  }
}
