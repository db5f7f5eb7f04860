package uk.warden.synth.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.warden.core.access.AccessEvent;
import uk.warden.core.access.Principal;
import uk.warden.core.access.PrincipalKind;
import uk.warden.core.register.EmploymentStatus;
import uk.warden.core.register.Person;
import uk.warden.synth.ForceSpec;
import uk.warden.synth.SyntheticForce;

class SyntheticAccessTests {

  private static final ForceSpec SPEC = new ForceSpec(6_000, 5, LocalDate.of(2025, 9, 30));

  private static SyntheticForce force;
  private static SyntheticAccess access;

  @BeforeAll
  static void generate() {
    force = SyntheticForce.generate(SPEC);
    access = SyntheticAccess.generate(force);
  }

  @Test
  void theSameSpecGivesTheSameAccessAndEvents() throws Exception {
    SyntheticAccess again = SyntheticAccess.generate(SyntheticForce.generate(SPEC));

    assertThat(again.principals()).isEqualTo(access.principals());
    assertThat(again.memberships()).isEqualTo(access.memberships());
    assertThat(again.grants()).isEqualTo(access.grants());
    assertThat(again.planted()).isEqualTo(access.planted());
    assertThat(digest(again)).isEqualTo(digest(access)).isEqualTo(digest(access));
  }

  @Test
  void aDifferentSeedGivesDifferentEvents() throws Exception {
    SyntheticAccess other = SyntheticAccess.generate(SyntheticForce.generate(SPEC.withSeed(6)));

    assertThat(digest(other)).isNotEqualTo(digest(access));
  }

  @Test
  void accountsBelongToRegisterPeopleAndLeaversAreDisabledUnlessPlanted() {
    Map<String, Person> byPayNumber = new HashMap<>();
    force.forEachPerson(p -> byPayNumber.put(p.payNumber(), p));
    Set<String> plantedLeavers =
        access.planted().stream()
            .filter(p -> p.rule().equals("leaver-with-access"))
            .map(PlantedAccess::subject)
            .collect(Collectors.toSet());

    List<Principal> users =
        access.principals().stream().filter(p -> p.kind() == PrincipalKind.USER).toList();

    assertThat(users).hasSizeGreaterThan(SPEC.people() / 2);
    assertThat(plantedLeavers).hasSize(6);
    for (Principal user : users) {
      Person person = byPayNumber.get(user.payNumber());
      assertThat(person).as(user.id()).isNotNull();
      assertThat(user.id()).isEqualTo("u" + person.payNumber());
      boolean leaver = person.status() == EmploymentStatus.LEFT;
      assertThat(user.enabled())
          .as(user.id())
          .isEqualTo(!leaver || plantedLeavers.contains(user.id()));
    }
    assertThat(access.principals())
        .filteredOn(p -> p.kind() == PrincipalKind.SUPPLIER_STAFF)
        .hasSize(22)
        .allMatch(p -> p.partyCode() != null && !p.clearances().isEmpty());
  }

  @Test
  void everyGroupGrantHasAPurposeAndEveryEventIsInTheWindowInTimeOrder() {
    assertThat(access.grants())
        .filteredOn(g -> g.holderId().startsWith("grp-"))
        .allMatch(g -> g.hasPurpose());
    List<AccessEvent> events = new ArrayList<>();
    access.forEachEvent(events::add);
    Instant first = SPEC.asOf().minusDays(119).atStartOfDay(SyntheticAccess.ZONE).toInstant();

    assertThat(events)
        .isNotEmpty()
        .allMatch(e -> !e.at().isBefore(first) && e.at().isBefore(access.evaluatedAt()));
    for (int i = 1; i < events.size(); i++) {
      assertThat(events.get(i).at()).isAfterOrEqualTo(events.get(i - 1).at());
    }
    assertThat(events.stream().map(AccessEvent::eventId).distinct().count())
        .isEqualTo(events.size());
    assertThat((double) events.size())
        .isCloseTo(access.expectedEvents(), org.assertj.core.data.Percentage.withPercentage(5));
  }

  @Test
  void activityScalesTheEventsNotTheDirectory() {
    SyntheticAccess busier = access.withActivity(4);
    long[] count = {0};
    busier.forEachEvent(e -> count[0]++);

    assertThat(busier.grants()).isEqualTo(access.grants());
    assertThat(busier.expectedEvents()).isGreaterThan(3 * access.expectedEvents());
    assertThat((double) count[0])
        .isCloseTo(busier.expectedEvents(), org.assertj.core.data.Percentage.withPercentage(5));
  }

  private static String digest(SyntheticAccess access) throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    access.forEachEvent(
        e -> sha.update(e.fingerprint().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    return HexFormat.of().formatHex(sha.digest());
  }
}
