package uk.warden.core.register.ascode;

import java.util.Comparator;
import uk.warden.core.register.Agreement;
import uk.warden.core.register.DataSystem;
import uk.warden.core.register.Party;
import uk.warden.core.register.PartyKind;
import uk.warden.core.register.Unit;

/**
 * The order in which a plan's changes are safe to apply: an entity is added or changed only after
 * what it references, and removed only after whatever referenced it. Sub-processors name a supplier
 * as parent, systems name a host party and agreements name a party.
 */
final class ApplyOrder {

  private static final int TIERS = 5;

  private ApplyOrder() {}

  /** A planned change with the entity that decides its tier: desired, or current for removals. */
  record Step(RegisterChange change, Record entity) {}

  static final Comparator<Step> STEPS =
      Comparator.comparingInt((Step step) -> rank(step.change().action(), step.entity()))
          .thenComparing(step -> step.change().code());

  private static int rank(Action action, Record entity) {
    int tier = tier(entity);
    return action == Action.REMOVE ? TIERS + (TIERS - 1 - tier) : tier;
  }

  private static int tier(Record entity) {
    if (entity instanceof Unit) {
      return 0;
    }
    if (entity instanceof Party party) {
      return party.kind() == PartyKind.SUB_PROCESSOR ? 2 : 1;
    }
    if (entity instanceof DataSystem) {
      return 3;
    }
    if (entity instanceof Agreement) {
      return 4;
    }
    throw new IllegalArgumentException("not a register entity: " + entity.getClass());
  }
}
