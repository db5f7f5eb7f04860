package uk.warden.core.breach;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.warden.core.register.Clearance;
import uk.warden.core.register.ClearanceLevel;
import uk.warden.core.register.ClearanceStatus;
import uk.warden.core.register.EmploymentStatus;
import uk.warden.core.register.Person;
import uk.warden.core.register.PersonKind;
import uk.warden.core.register.SensitivityFlag;
import uk.warden.core.register.Unit;

/** A handful of named register people, to prove the names never reach breach outputs. */
final class RegisterPeople {

  static final LocalDate TODAY = LocalDate.of(2024, 3, 1);
  static final List<Unit> UNITS =
      List.of(
          new Unit("so15", "Counter Terrorism Command", Set.of(SensitivityFlag.COUNTER_TERRORISM)),
          new Unit("response", "Response", Set.of()));

  static final List<Person> PEOPLE =
      List.of(
          person(
              0,
              "P1001",
              "Okonkwo-Hartley",
              PersonKind.OFFICER,
              "DS",
              null,
              "so15",
              clearance(ClearanceLevel.SC, null),
              EmploymentStatus.SERVING),
          person(
              1,
              "P1002",
              "Vandersteen",
              PersonKind.OFFICER,
              "PC",
              null,
              "response",
              clearance(ClearanceLevel.DV, TODAY.minusDays(1)),
              EmploymentStatus.SERVING),
          person(
              2,
              "S2003",
              "Quillfeather",
              PersonKind.STAFF,
              null,
              "Band C",
              null,
              clearance(ClearanceLevel.NPPV2A, null),
              EmploymentStatus.LEFT),
          person(
              3,
              "C3004",
              "Abernathy-Lowe",
              PersonKind.CONTRACTOR,
              null,
              null,
              null,
              null,
              EmploymentStatus.SERVING),
          person(
              4,
              "V4005",
              "Przybylski",
              PersonKind.SPECIAL,
              "SPC",
              null,
              "response",
              null,
              EmploymentStatus.SERVING));

  private RegisterPeople() {}

  private static @Nullable Clearance clearance(ClearanceLevel level, @Nullable LocalDate expires) {
    return new Clearance(level, TODAY.minusYears(2), expires, ClearanceStatus.ACTIVE);
  }

  private static Person person(
      int id,
      String payNumber,
      String surname,
      PersonKind kind,
      @Nullable String rank,
      @Nullable String grade,
      @Nullable String unit,
      @Nullable Clearance clearance,
      EmploymentStatus status) {
    return new Person(
        id,
        payNumber,
        surname,
        "Robin",
        kind,
        rank,
        grade,
        unit,
        Set.of(),
        clearance == null ? List.of() : List.of(clearance),
        status,
        status == EmploymentStatus.LEFT ? TODAY.minusMonths(3) : null,
        List.of(),
        "photos/" + payNumber + ".jpg");
  }
}
