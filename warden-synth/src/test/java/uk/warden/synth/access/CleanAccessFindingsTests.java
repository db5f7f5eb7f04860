package uk.warden.synth.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.warden.core.findings.Finding;
import uk.warden.core.findings.FindingsEngine;
import uk.warden.core.findings.FindingsReport;
import uk.warden.core.register.Person;
import uk.warden.synth.ForceSpec;
import uk.warden.synth.SyntheticForce;

/**
 * The false-positive control: a generated force with nothing planted in its access, and a different
 * seed from the demo's. The access rules stay quiet, the bulk look-up rule included, across some
 * 200,000 ordinary events with heavy analysts among them; the only access findings are the lapsed
 * clearances the register itself holds.
 */
class CleanAccessFindingsTests {

  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);

  private static SyntheticForce force;
  private static SyntheticAccess access;
  private static FindingsReport report;

  @BeforeAll
  static void evaluate() {
    force = SyntheticForce.generate(new ForceSpec(25_000, 77, AS_OF));
    access = SyntheticAccess.generate(force, AccessPlan.CLEAN);
    report =
        FindingsEngine.standard()
            .evaluate(ForceFindingsInput.of(force, access, access.volumes(), false));
  }

  @Test
  void plantsNothing() {
    assertThat(access.planted()).isEmpty();
  }

  @Test
  void accessRulesStayQuietWhereNothingWasPlanted() {
    for (String rule :
        List.of(
            "bulk-lookup",
            "access-without-purpose",
            "grant-expired-still-active",
            "access-unused",
            "leaver-with-access",
            "clearance-below-marking")) {
      assertThat(report.byRule(rule)).as(rule).isEmpty();
    }
  }

  @Test
  void lapsedClearanceFindingsComeOnlyFromTheRegister() {
    Map<String, Person> byAccount = new HashMap<>();
    force.forEachPerson(p -> byAccount.put("u" + p.payNumber(), p));

    List<Finding> lapsed = report.byRule("clearance-lapsed-with-access");

    assertThat(lapsed).isNotEmpty();
    assertThat(lapsed)
        .allSatisfy(
            f ->
                assertThat(byAccount.get(f.subject().id()).clearances())
                    .anyMatch(c -> !c.validOn(AS_OF)));
  }

  @Test
  void theVolumesAreBusyEnoughToTestTheBulkRule() {
    assertThat(access.expectedEvents()).isGreaterThan(100_000);
    assertThat(report.countsByRule()).containsEntry("bulk-lookup", 0);
  }
}
