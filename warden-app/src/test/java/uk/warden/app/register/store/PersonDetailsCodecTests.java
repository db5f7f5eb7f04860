package uk.warden.app.register.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import uk.warden.core.register.Clearance;
import uk.warden.core.register.ClearanceLevel;
import uk.warden.core.register.ClearanceStatus;
import uk.warden.core.register.EmploymentStatus;
import uk.warden.core.register.Person;
import uk.warden.core.register.PersonKind;

/**
 * The token reader the breach index uses agrees with the records it stands in for: the same levels
 * valid on the same day, and the same deepest one, ties included.
 */
class PersonDetailsCodecTests {

  private static final ClearanceLevel[] LEVELS = ClearanceLevel.values();
  private static final ClearanceStatus[] STATUSES = ClearanceStatus.values();

  @Test
  void validClearancesAreThoseTheRecordsCallValid() {
    SplittableRandom random = new SplittableRandom(17);
    LocalDate asOf = LocalDate.of(2026, 3, 31);
    for (int i = 0; i < 5_000; i++) {
      List<Clearance> held = new ArrayList<>();
      int count = random.nextInt(4);
      for (int c = 0; c < count; c++) {
        LocalDate granted = random.nextInt(5) == 0 ? null : asOf.minusDays(random.nextInt(4_000));
        LocalDate expires =
            random.nextInt(4) == 0
                ? null
                : (granted == null ? asOf.minusDays(30) : granted).plusDays(random.nextInt(4_000));
        held.add(
            new Clearance(
                LEVELS[random.nextInt(LEVELS.length)],
                granted,
                expires,
                STATUSES[random.nextInt(STATUSES.length)]));
      }
      Person person =
          new Person(
              1,
              "P1",
              "Ng",
              "",
              PersonKind.STAFF,
              null,
              null,
              null,
              Set.of(),
              held,
              EmploymentStatus.SERVING,
              null,
              List.of(),
              null);
      Set<ClearanceLevel> expected = EnumSet.noneOf(ClearanceLevel.class);
      held.stream().filter(c -> c.validOn(asOf)).forEach(c -> expected.add(c.level()));
      Clearance top = person.highestClearance(asOf);

      PersonDetailsCodec.ValidClearances valid =
          PersonDetailsCodec.valid(PersonDetailsCodec.clearances(held), asOf);

      assertThat(valid.levels()).as(held.toString()).isEqualTo(expected);
      assertThat(valid.highest()).as(held.toString()).isEqualTo(top == null ? null : top.level());
    }
  }

  @Test
  void aClearanceExpiringOnTheDayIsStillValidThatDay() {
    LocalDate day = LocalDate.of(2026, 3, 31);
    String json =
        PersonDetailsCodec.clearances(
            List.of(
                new Clearance(ClearanceLevel.SC, null, day, ClearanceStatus.ACTIVE),
                new Clearance(ClearanceLevel.DV, null, day.minusDays(1), ClearanceStatus.ACTIVE)));

    assertThat(PersonDetailsCodec.valid(json, day).levels()).containsExactly(ClearanceLevel.SC);
    assertThat(PersonDetailsCodec.valid("[]", day).highest()).isNull();
  }
}
