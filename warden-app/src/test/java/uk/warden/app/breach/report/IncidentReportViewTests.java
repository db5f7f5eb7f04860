package uk.warden.app.breach.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.warden.app.breach.report.ReportFixtures.day;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.warden.core.breach.ExposureWindow;
import uk.warden.core.breach.Impact;
import uk.warden.core.breach.ImpactEngine;
import uk.warden.core.breach.Incident;
import uk.warden.core.breach.PersonAttributes;
import uk.warden.core.breach.RiskMatrix;
import uk.warden.core.custody.CustodyLedger;
import uk.warden.core.custody.PersonSet;
import uk.warden.core.custody.RetentionRules;
import uk.warden.core.custody.Transfer;
import uk.warden.core.custody.TransferMethod;
import uk.warden.core.register.EmploymentStatus;
import uk.warden.core.register.PersonKind;

class IncidentReportViewTests {

  @Test
  void showsTheTwentyLargestUnitsThenTheRest() {
    PersonAttributes.Builder people = PersonAttributes.builder();
    int id = 0;
    // Unit u00 has 1 person, u24 has 25: the cut after 20 units is deterministic.
    for (int unit = 0; unit < 25; unit++) {
      for (int i = 0; i <= unit; i++) {
        people.add(
            id++,
            PersonKind.STAFF,
            EmploymentStatus.SERVING,
            "Band C",
            "u%02d".formatted(unit),
            null,
            Set.of(),
            Set.of());
      }
    }
    CustodyLedger ledger = new CustodyLedger(RetentionRules.none());
    ledger.add(
        new Transfer(
            1,
            day(1),
            null,
            "cardco",
            null,
            null,
            Set.of("user.name"),
            PersonSet.range(0, id),
            TransferMethod.FILE,
            null,
            null));
    Incident incident = ReportFixtures.incident("INC-1", ExposureWindow.between(day(10), day(20)));
    Impact impact =
        ImpactEngine.assess(incident, ledger, people.build(), RiskMatrix.standard(), day(32));

    IncidentReportView view =
        IncidentReportView.of(
            IncidentReport.of("Force", "DPO", Instant.EPOCH, incident, impact, Map.of()));

    IncidentReportView.GroupTable units =
        view.tables().stream().filter(t -> t.title().equals("By unit")).findFirst().orElseThrow();
    assertThat(units.rows()).hasSize(21);
    assertThat(units.rows().get(0).label()).isEqualTo("u24");
    assertThat(units.rows().get(20).label()).isEqualTo("Others (5 units)");
    assertThat(units.rows().get(20).worstPeople()).isEqualTo("15");
  }

  @Test
  void refusesAnImpactOfAnotherIncident() {
    Incident other = ReportFixtures.incident("INC-OTHER", ExposureWindow.unknown());
    Impact impact = ReportFixtures.cardFileKnownWindow();

    assertThatThrownBy(
            () -> IncidentReport.of("Force", "DPO", Instant.EPOCH, other, impact, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("INC-OTHER");
  }
}
