package uk.warden.core.register;

import java.util.Set;

/** A unit, department or team; sensitive units make their members' exposure more harmful. */
public record Unit(String code, String name, Set<SensitivityFlag> flags) {

  public Unit {
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("unit code is empty");
    }
    name = name == null || name.isBlank() ? code : name;
    flags = OrderedSets.enums(flags, SensitivityFlag.class);
  }

  public boolean sensitive() {
    return !flags.isEmpty();
  }
}
