package uk.warden.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Iterator;
import org.junit.jupiter.api.Test;
import uk.warden.core.register.EmploymentStatus;
import uk.warden.core.register.Person;

class DeterminismTest {

  private static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);
  private static final ForceSpec SPEC = new ForceSpec(20_000, 2023, AS_OF);

  @Test
  void sameSpecGivesIdenticalForce() {
    SyntheticForce first = SyntheticForce.generate(SPEC);
    SyntheticForce second = SyntheticForce.generate(SPEC);

    assertThat(digest(second)).isEqualTo(digest(first));
    assertThat(second.units()).isEqualTo(first.units());
    assertThat(second.parties()).isEqualTo(first.parties());
    assertThat(second.systems()).isEqualTo(first.systems());
    assertThat(second.agreements()).isEqualTo(first.agreements());
  }

  @Test
  void everyPassOverOneForceGivesTheSamePeople() {
    SyntheticForce force = SyntheticForce.generate(SPEC);
    Iterator<Person> first = force.people();
    Iterator<Person> second = force.people();
    while (first.hasNext()) {
      assertThat(second.next()).isEqualTo(first.next());
    }
    assertThat(second.hasNext()).isFalse();
  }

  @Test
  void anotherSeedGivesOtherPeopleOfTheSameShape() {
    SyntheticForce force = SyntheticForce.generate(SPEC);
    SyntheticForce other = SyntheticForce.generate(SPEC.withSeed(7));

    assertThat(digest(other)).isNotEqualTo(digest(force));
    assertThat(other.units()).isEqualTo(force.units());
    assertThat(other.parties()).isEqualTo(force.parties());
  }

  @Test
  void peopleHaveNoIdUntilTheStoreAssignsOne() {
    SyntheticForce.generate(SPEC.withPeople(2_000))
        .forEachPerson(person -> assertThat(person.id()).isNull());
  }

  @Test
  void datesFollowTheAsOfDayNotTheClock() {
    LocalDate future = LocalDate.of(2040, 6, 1);
    SyntheticForce force = SyntheticForce.generate(new ForceSpec(5_000, 2023, future));

    force.forEachPerson(
        person -> {
          if (person.status() == EmploymentStatus.LEFT) {
            assertThat(person.leavingDate()).isBetween(future.minusYears(3), future);
          }
          person.clearances().stream()
              .filter(c -> c.granted() != null)
              .forEach(c -> assertThat(c.granted()).isAfter(future.minusYears(15)));
        });
    force.agreements().forEach(a -> assertThat(a.start()).isAfter(future.minusYears(10)));
  }

  /** SHA-256 over every field of every person, in order. */
  private static String digest(SyntheticForce force) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    force.forEachPerson(
        person ->
            sha.update(
                String.join(
                        "|",
                        person.payNumber(),
                        person.surname(),
                        person.forenames(),
                        person.kind().name(),
                        String.valueOf(person.rankCode()),
                        String.valueOf(person.grade()),
                        String.valueOf(person.unitCode()),
                        person.flags().toString(),
                        person.clearances().toString(),
                        person.status().name(),
                        String.valueOf(person.leavingDate()),
                        person.identifiers().toString(),
                        String.valueOf(person.photoRef()),
                        "\n")
                    .getBytes(StandardCharsets.UTF_8)));
    return HexFormat.of().formatHex(sha.digest());
  }
}
