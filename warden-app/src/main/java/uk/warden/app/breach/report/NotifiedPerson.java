package uk.warden.app.breach.report;

import java.util.Comparator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.warden.core.register.EmploymentStatus;
import uk.warden.core.register.Person;
import uk.warden.core.register.PersonKind;

/**
 * What the notification list needs to know about one person to tell them: who they are, what they
 * are, and where they stand with the force (which decides how to reach them).
 *
 * @param id the dense person index that the impact's person sets hold
 * @param rankOrGrade a rank for officers and specials, a grade for everyone else; null if
 *     unrecorded
 * @param unit the unit's code or name, as the directory prefers; null if unrecorded
 */
public record NotifiedPerson(
    int id,
    String payNumber,
    String surname,
    String forenames,
    PersonKind kind,
    @Nullable String rankOrGrade,
    @Nullable String unit,
    EmploymentStatus status) {

  /**
   * The order the list is sorted in within a group: plain string order of the pay number, which is
   * what {@code ORDER BY pay_number COLLATE "C"} gives a store for ASCII pay numbers.
   */
  public static final Comparator<NotifiedPerson> BY_PAY_NUMBER =
      Comparator.comparing(NotifiedPerson::payNumber).thenComparingInt(NotifiedPerson::id);

  public NotifiedPerson {
    if (id < 0) {
      throw new IllegalArgumentException("person indexes are never negative");
    }
    Objects.requireNonNull(payNumber, "payNumber");
    Objects.requireNonNull(surname, "surname");
    forenames = forenames == null ? "" : forenames;
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(status, "status");
  }

  /** From a stored register person, taking the rank or the grade as the impact engine does. */
  public static NotifiedPerson of(Person person) {
    Integer id = person.id();
    if (id == null) {
      throw new IllegalArgumentException("a person has no index yet; store people first");
    }
    String primary = person.kind().ranked() ? person.rankCode() : person.grade();
    String fallback = person.kind().ranked() ? person.grade() : person.rankCode();
    return new NotifiedPerson(
        id,
        person.payNumber(),
        person.surname(),
        person.forenames(),
        person.kind(),
        primary != null ? primary : fallback,
        person.unitCode(),
        person.status());
  }

  /** Never prints names or pay numbers: records end up in logs. */
  @Override
  public String toString() {
    return "NotifiedPerson[id=" + id + ", kind=" + kind + ", status=" + status + "]";
  }
}
