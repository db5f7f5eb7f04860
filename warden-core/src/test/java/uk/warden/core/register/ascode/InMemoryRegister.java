package uk.warden.core.register.ascode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.warden.core.register.Agreement;
import uk.warden.core.register.DataSystem;
import uk.warden.core.register.Party;
import uk.warden.core.register.PartyKind;
import uk.warden.core.register.Unit;

/**
 * A stand-in for the app's store that applies a plan step by step and, like a database with foreign
 * keys, refuses any step that would leave a reference dangling.
 */
final class InMemoryRegister {

  private final Map<String, Unit> units = new LinkedHashMap<>();
  private final Map<String, Party> parties = new LinkedHashMap<>();
  private final Map<String, DataSystem> systems = new LinkedHashMap<>();
  private final Map<String, Agreement> agreements = new LinkedHashMap<>();

  void apply(RegisterPlan plan) {
    plan.changes().forEach(this::apply);
  }

  RegisterSpec snapshot() {
    return new RegisterSpec(
        List.copyOf(units.values()),
        List.copyOf(parties.values()),
        List.copyOf(systems.values()),
        List.copyOf(agreements.values()));
  }

  private void apply(RegisterChange change) {
    if (change.action() == Action.REMOVE) {
      remove(change.type(), change.code());
      return;
    }
    switch (change.type()) {
      case UNIT -> units.put(change.code(), change.desiredAs(Unit.class));
      case PARTY -> put(change.desiredAs(Party.class));
      case SYSTEM -> put(change.desiredAs(DataSystem.class));
      case AGREEMENT -> put(change.desiredAs(Agreement.class));
    }
  }

  private void put(Party party) {
    if (party.parentCode() != null) {
      Party parent = parties.get(party.parentCode());
      require(parent != null && parent.kind() == PartyKind.SUPPLIER, "parent of " + party.code());
    }
    parties.put(party.code(), party);
  }

  private void put(DataSystem system) {
    require(system.inHouse() || parties.containsKey(system.hostCode()), "host of " + system.code());
    systems.put(system.code(), system);
  }

  private void put(Agreement agreement) {
    require(parties.containsKey(agreement.partyCode()), "party of " + agreement.code());
    agreements.put(agreement.code(), agreement);
  }

  private void remove(EntityType type, String code) {
    switch (type) {
      case UNIT -> units.remove(code);
      case PARTY -> {
        require(parties.values().stream().noneMatch(p -> code.equals(p.parentCode())), code);
        require(systems.values().stream().noneMatch(s -> code.equals(s.hostCode())), code);
        require(agreements.values().stream().noneMatch(a -> code.equals(a.partyCode())), code);
        parties.remove(code);
      }
      case SYSTEM -> systems.remove(code);
      case AGREEMENT -> agreements.remove(code);
    }
  }

  private static void require(boolean holds, String what) {
    if (!holds) {
      throw new IllegalStateException("dangling reference: " + what);
    }
  }
}
