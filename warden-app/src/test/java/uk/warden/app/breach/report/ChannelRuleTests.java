package uk.warden.app.breach.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.warden.core.breach.RiskTier;
import uk.warden.core.register.EmploymentStatus;
import uk.warden.core.register.PersonKind;

class ChannelRuleTests {

  private static NotifiedPerson person(PersonKind kind, EmploymentStatus status) {
    return new NotifiedPerson(1, "MP1", "Surname", "Forename", kind, null, null, status);
  }

  @Test
  void leaversGetALetterWhateverTheirRisk() {
    for (RiskTier tier : RiskTier.values()) {
      assertThat(
              ChannelRule.suggest(person(PersonKind.OFFICER, EmploymentStatus.LEFT), tier)
                  .channel())
          .isEqualTo(NotificationChannel.LETTER_HOME);
    }
  }

  @Test
  void highRiskServingAndSuspendedAreToldInPerson() {
    ChannelRule.Suggestion serving =
        ChannelRule.suggest(person(PersonKind.PCSO, EmploymentStatus.SERVING), RiskTier.HIGH);
    ChannelRule.Suggestion suspended =
        ChannelRule.suggest(person(PersonKind.STAFF, EmploymentStatus.SUSPENDED), RiskTier.HIGH);

    assertThat(serving.channel()).isEqualTo(NotificationChannel.IN_PERSON);
    assertThat(serving.why()).contains("safety advice");
    assertThat(suspended.channel()).isEqualTo(NotificationChannel.IN_PERSON);
    assertThat(suspended.why()).contains("welfare officer");
  }

  @Test
  void contractorsAreReachedThroughTheirEmployer() {
    assertThat(
            ChannelRule.suggest(
                    person(PersonKind.CONTRACTOR, EmploymentStatus.SERVING), RiskTier.LOW)
                .channel())
        .isEqualTo(NotificationChannel.EMPLOYER_CONTACT);
  }

  @Test
  void othersServingGetWorkEmailAndTheUnknownAreTracedFirst() {
    assertThat(
            ChannelRule.suggest(
                    person(PersonKind.SPECIAL, EmploymentStatus.SERVING), RiskTier.MEDIUM)
                .channel())
        .isEqualTo(NotificationChannel.WORK_EMAIL);
    assertThat(ChannelRule.suggest(null, RiskTier.HIGH).channel())
        .isEqualTo(NotificationChannel.TRACE_FIRST);
  }
}
