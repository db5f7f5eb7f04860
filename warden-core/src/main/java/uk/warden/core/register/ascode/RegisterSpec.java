package uk.warden.core.register.ascode;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import uk.warden.core.register.Agreement;
import uk.warden.core.register.DataSystem;
import uk.warden.core.register.Party;
import uk.warden.core.register.Unit;

/**
 * The four entity kinds a register file describes, in file order. Codes are unique within each list
 * because the planner matches entities by code; references between entities are checked by {@link
 * RegisterYaml#read} rather than here, so a store snapshot can always be wrapped.
 */
public record RegisterSpec(
    List<Unit> units, List<Party> parties, List<DataSystem> systems, List<Agreement> agreements) {

  public static final RegisterSpec EMPTY =
      new RegisterSpec(List.of(), List.of(), List.of(), List.of());

  public RegisterSpec {
    units = List.copyOf(units);
    parties = List.copyOf(parties);
    systems = List.copyOf(systems);
    agreements = List.copyOf(agreements);
    requireUniqueCodes(units, Unit::code, EntityType.UNIT);
    requireUniqueCodes(parties, Party::code, EntityType.PARTY);
    requireUniqueCodes(systems, DataSystem::code, EntityType.SYSTEM);
    requireUniqueCodes(agreements, Agreement::code, EntityType.AGREEMENT);
  }

  private static <T> void requireUniqueCodes(
      List<T> entities, Function<T, String> code, EntityType type) {
    Set<String> seen = new HashSet<>();
    for (T entity : entities) {
      if (!seen.add(code.apply(entity))) {
        throw new IllegalArgumentException(
            "duplicate " + type.label() + " code '" + code.apply(entity) + "'");
      }
    }
  }
}
