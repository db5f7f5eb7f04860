package uk.warden.synth.access;

import java.time.LocalDate;
import uk.warden.core.register.Clearance;
import uk.warden.core.register.ClearanceLevel;
import uk.warden.core.register.EmploymentStatus;
import uk.warden.core.register.Person;

/** A person's force account: the principal id and the register person it belongs to. */
record Account(String id, Person person) {

  static String idFor(Person person) {
    return "u" + person.payNumber();
  }

  boolean leaver() {
    return person.status() == EmploymentStatus.LEFT;
  }

  /** Serving, with every clearance valid on the day: safe ground for planting one problem. */
  boolean clean(LocalDate day) {
    if (leaver() || person.clearances().isEmpty()) {
      return false;
    }
    for (Clearance clearance : person.clearances()) {
      if (!clearance.validOn(day)) {
        return false;
      }
    }
    return true;
  }

  /** Holds exactly one valid clearance, at {@code level}. */
  boolean onlyCleared(ClearanceLevel level, LocalDate day) {
    return clean(day)
        && person.clearances().size() == 1
        && person.clearances().get(0).level() == level;
  }
}
