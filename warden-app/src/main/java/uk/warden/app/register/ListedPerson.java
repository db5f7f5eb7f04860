package uk.warden.app.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.warden.core.register.Clearance;
import uk.warden.core.register.EmploymentStatus;
import uk.warden.core.register.Person;
import uk.warden.core.register.PersonIdentifier;
import uk.warden.core.register.PersonKind;
import uk.warden.core.register.SensitivityFlag;

/**
 * A person as a list of people shows them. A user who may see names gets the whole record; one who
 * may not (an analyst without the names grant) gets the pay number and attributes to count by, and
 * neither names nor identifiers nor photo reference: a collar number or an e-mail address points at
 * one named officer as surely as the name does.
 */
public record ListedPerson(
    @Nullable Integer id,
    String payNumber,
    @Nullable String surname,
    @Nullable String forenames,
    PersonKind kind,
    @Nullable String rankCode,
    @Nullable String grade,
    @Nullable String unitCode,
    Set<SensitivityFlag> flags,
    List<Clearance> clearances,
    EmploymentStatus status,
    @Nullable LocalDate leavingDate,
    @Nullable List<PersonIdentifier> identifiers,
    @Nullable String photoRef) {

  public static ListedPerson of(Person p, boolean withNames) {
    return new ListedPerson(
        p.id(),
        p.payNumber(),
        withNames ? p.surname() : null,
        withNames ? p.forenames() : null,
        p.kind(),
        p.rankCode(),
        p.grade(),
        p.unitCode(),
        p.flags(),
        p.clearances(),
        p.status(),
        p.leavingDate(),
        withNames ? p.identifiers() : null,
        withNames ? p.photoRef() : null);
  }

  public boolean named() {
    return surname != null;
  }
}
