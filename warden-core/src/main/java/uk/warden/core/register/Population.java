package uk.warden.core.register;

import java.util.EnumSet;
import java.util.Set;

/**
 * Whose records a system holds, as a rule over the register: which kinds of person, and whether
 * leavers stay in it. Until the custody ledger records exact person sets, this is how Warden
 * answers "where is this person's data".
 */
public record Population(Set<PersonKind> kinds, boolean includesLeavers) {

  public static final Population WHOLE_WORKFORCE =
      new Population(EnumSet.allOf(PersonKind.class), true);
  public static final Population NOBODY = new Population(Set.of(), false);

  public Population {
    kinds = OrderedSets.enums(kinds, PersonKind.class);
  }

  public boolean includes(Person person) {
    return kinds.contains(person.kind())
        && (includesLeavers || person.status() != EmploymentStatus.LEFT);
  }
}
