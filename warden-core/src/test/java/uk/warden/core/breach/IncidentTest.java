package uk.warden.core.breach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IncidentTest {

  private static final Instant T = Instant.parse("2024-03-01T09:00:00Z");

  @Test
  void windowMustNotEndBeforeItStarts() {
    assertThatThrownBy(() -> ExposureWindow.between(T, T.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("exposure window ends before it starts");
    assertThat(new ExposureWindow(null, T).known()).isFalse();
    assertThat(ExposureWindow.between(T, T).known()).isTrue();
  }

  @Test
  void awarenessMayComeBeforeDiscoveryForASuppliersBreach() {
    Incident incident =
        Incident.of(
            "INC-1",
            "Supplier told us",
            Set.of("cardco"),
            ExposureWindow.unknown(),
            T,
            T.minusSeconds(3600));

    assertThat(incident.awareAt()).isBefore(incident.discoveredAt());
  }

  @Test
  void namesAtLeastOneParty() {
    assertThatThrownBy(
            () -> Incident.of("INC-1", "Nobody", Set.of(), ExposureWindow.unknown(), T, T))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("incident INC-1 names no compromised party");
  }

  @Test
  void printsNoFreeTextThatCouldNamePeople() {
    Incident incident =
        new Incident(
            "INC-2",
            "Breach",
            BreachType.AVAILABILITY,
            Set.of("cardco"),
            Set.of(),
            Set.of(),
            ExposureWindow.unknown(),
            T,
            T,
            null,
            "DC Smith was on leave",
            new NoNotificationDecision("unlikely to cause risk", "Alex Jones", T));

    assertThat(incident.toString()).doesNotContain("Smith").doesNotContain("Jones");
    assertThat(incident.decisionNotToNotify().toString()).doesNotContain("Jones");
  }
}
