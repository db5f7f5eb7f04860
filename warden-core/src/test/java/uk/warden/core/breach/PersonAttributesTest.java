package uk.warden.core.breach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.warden.core.register.ClearanceLevel;
import uk.warden.core.register.EmploymentStatus;
import uk.warden.core.register.PersonKind;
import uk.warden.core.register.SensitivityFlag;

class PersonAttributesTest {

  private final PersonAttributes attributes =
      PersonAttributes.of(RegisterPeople.PEOPLE, RegisterPeople.UNITS, RegisterPeople.TODAY);

  @Test
  void takesRankForOfficersAndGradeForStaff() {
    assertThat(attributes.rankOrGrade(0)).isEqualTo("DS");
    assertThat(attributes.rankOrGrade(2)).isEqualTo("Band C");
    assertThat(attributes.rankOrGrade(3)).isEqualTo(PersonAttributes.UNRECORDED);
    assertThat(attributes.unit(2)).isEqualTo(PersonAttributes.UNRECORDED);
  }

  @Test
  void givesMembersOfASensitiveUnitItsFlags() {
    assertThat(attributes.flags(0)).containsExactly(SensitivityFlag.COUNTER_TERRORISM);
    assertThat(attributes.flagged(SensitivityFlag.COUNTER_TERRORISM).toArray()).containsExactly(0);
    assertThat(attributes.flags(1)).isEmpty();
  }

  @Test
  void countsOnlyClearancesValidOnTheDay() {
    assertThat(attributes.highestClearance(0)).isEqualTo(ClearanceLevel.SC);
    assertThat(attributes.highestClearance(1)).as("DV expired yesterday").isNull();
    assertThat(attributes.uncleared().toArray()).containsExactly(1, 3, 4);
    assertThat(attributes.holding(ClearanceLevel.SC).toArray()).containsExactly(0);
  }

  @Test
  void keepsAPrecomputedSetPerGroup() {
    assertThat(attributes.withKind(PersonKind.OFFICER).toArray()).containsExactly(0, 1);
    assertThat(attributes.withStatus(EmploymentStatus.LEFT).toArray()).containsExactly(2);
    assertThat(attributes.registered().size()).isEqualTo(5);
    assertThat(attributes.registered(99)).isFalse();
    assertThat(attributes.kind(99)).isNull();
  }

  @Test
  void refusesTheSamePersonTwice() {
    PersonAttributes.Builder builder =
        PersonAttributes.builder()
            .add(
                1,
                PersonKind.STAFF,
                EmploymentStatus.SERVING,
                null,
                null,
                null,
                Set.of(),
                Set.of());

    assertThatThrownBy(
            () ->
                builder.add(
                    1,
                    PersonKind.STAFF,
                    EmploymentStatus.SERVING,
                    null,
                    null,
                    null,
                    Set.of(),
                    Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readsBackWhatItWroteAsBytes() {
    PersonAttributes read = PersonAttributes.fromBytes(attributes.toBytes());

    assertThat(read.bound()).isEqualTo(attributes.bound());
    assertThat(read.registered()).isEqualTo(attributes.registered());
    assertThat(read.uncleared()).isEqualTo(attributes.uncleared());
    for (int id = 0; id < attributes.bound(); id++) {
      assertThat(read.kind(id)).isEqualTo(attributes.kind(id));
      assertThat(read.status(id)).isEqualTo(attributes.status(id));
      assertThat(read.rankOrGrade(id)).isEqualTo(attributes.rankOrGrade(id));
      assertThat(read.unit(id)).isEqualTo(attributes.unit(id));
      assertThat(read.highestClearance(id)).isEqualTo(attributes.highestClearance(id));
      assertThat(read.clearances(id)).isEqualTo(attributes.clearances(id));
      assertThat(read.flags(id)).isEqualTo(attributes.flags(id));
    }
    for (ClearanceLevel level : ClearanceLevel.values()) {
      assertThat(read.holding(level)).isEqualTo(attributes.holding(level));
      assertThat(read.withHighestClearance(level))
          .isEqualTo(attributes.withHighestClearance(level));
    }
    assertThat(read.flagged(SensitivityFlag.COUNTER_TERRORISM))
        .isEqualTo(attributes.flagged(SensitivityFlag.COUNTER_TERRORISM));
    assertThatThrownBy(() -> PersonAttributes.fromBytes(ByteBuffer.allocate(8)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void printsACountOnly() {
    assertThat(attributes).hasToString("PersonAttributes[5 people]");
  }
}
