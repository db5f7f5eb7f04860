package uk.warden.core.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A data subject in the workforce. {@code id} is the dense index that person sets (bitmaps) are
 * built over; it is null until the store assigns one.
 */
public record Person(
    @Nullable Integer id,
    String payNumber,
    String surname,
    String forenames,
    PersonKind kind,
    @Nullable String rankCode,
    @Nullable String grade,
    @Nullable String unitCode,
    Set<SensitivityFlag> flags,
    List<Clearance> clearances,
    EmploymentStatus status,
    @Nullable LocalDate leavingDate,
    List<PersonIdentifier> identifiers,
    @Nullable String photoRef) {

  public Person {
    if (payNumber == null || payNumber.isBlank()) {
      throw new IllegalArgumentException("pay number is empty");
    }
    if (surname == null || surname.isBlank()) {
      throw new IllegalArgumentException("surname is empty");
    }
    forenames = forenames == null ? "" : forenames;
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(status, "status");
    flags = OrderedSets.enums(flags, SensitivityFlag.class);
    clearances = List.copyOf(clearances);
    identifiers = List.copyOf(identifiers);
    if (status == EmploymentStatus.LEFT && leavingDate == null) {
      throw new IllegalArgumentException("a leaver needs a leaving date");
    }
  }

  public Person withId(int newId) {
    return new Person(
        newId,
        payNumber,
        surname,
        forenames,
        kind,
        rankCode,
        grade,
        unitCode,
        flags,
        clearances,
        status,
        leavingDate,
        identifiers,
        photoRef);
  }

  public String displayName() {
    return forenames.isBlank() ? surname : forenames + " " + surname;
  }

  /** The deepest clearance valid on the given day, if any. */
  public @Nullable Clearance highestClearance(LocalDate day) {
    Clearance best = null;
    for (Clearance c : clearances) {
      if (c.validOn(day) && (best == null || c.level().depth() > best.level().depth())) {
        best = c;
      }
    }
    return best;
  }

  /** Never prints names: records end up in logs, and logs must not hold personal data. */
  @Override
  public String toString() {
    return "Person[id=" + id + ", kind=" + kind + "]";
  }
}
