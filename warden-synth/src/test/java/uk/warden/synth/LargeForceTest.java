package uk.warden.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.warden.core.register.IdentifierKind;
import uk.warden.core.register.PersonIdentifier;
import uk.warden.core.register.PersonKind;

/** A force past the six-digit pay-number range still issues unique numbers. */
class LargeForceTest {

  @Test
  void hundredThousandPeopleHaveUniqueNumbersAndOneChiefConstable() {
    SyntheticForce force =
        SyntheticForce.generate(new ForceSpec(100_000, 99, LocalDate.of(2025, 3, 31)));
    BitSet payNumbers = new BitSet(10_000_000);
    Set<String> collars = new HashSet<>();
    Set<String> cards = new HashSet<>();
    Map<PersonKind, Integer> kinds = new EnumMap<>(PersonKind.class);
    int[] people = {0};
    int[] chiefConstables = {0};

    force.forEachPerson(
        person -> {
          people[0]++;
          kinds.merge(person.kind(), 1, Integer::sum);
          if ("CC".equals(person.rankCode())) {
            chiefConstables[0]++;
          }
          assertThat(person.payNumber()).matches("[1-9][0-9]{6}");
          int pay = Integer.parseInt(person.payNumber());
          assertThat(payNumbers.get(pay)).as("duplicate pay number").isFalse();
          payNumbers.set(pay);
          for (PersonIdentifier id : person.identifiers()) {
            if (id.kind() == IdentifierKind.COLLAR_NUMBER) {
              assertThat(collars.add(id.unitCode() + ":" + id.value())).isTrue();
            } else if (id.kind() == IdentifierKind.CARD_SERIAL) {
              assertThat(cards.add(id.value())).isTrue();
            }
          }
        });

    assertThat(people[0]).isEqualTo(100_000);
    assertThat(payNumbers.cardinality()).isEqualTo(100_000);
    assertThat(cards).hasSize(100_000);
    assertThat(chiefConstables[0]).isEqualTo(1);
    assertThat(kinds.get(PersonKind.OFFICER)).isBetween(54_000, 56_000);
    assertThat(collars.size())
        .isEqualTo(
            force.headcount(
                    new uk.warden.core.register.Population(
                        Set.of(PersonKind.SPECIAL, PersonKind.PCSO), true))
                + countConstablesAndSergeants(force));
  }

  private static long countConstablesAndSergeants(SyntheticForce force) {
    long[] count = {0};
    force.forEachPerson(
        p -> {
          if (p.kind() == PersonKind.OFFICER
              && ("PC".equals(p.rankCode()) || "PS".equals(p.rankCode()))) {
            count[0]++;
          }
        });
    return count[0];
  }
}
