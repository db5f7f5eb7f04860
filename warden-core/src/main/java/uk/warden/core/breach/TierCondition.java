package uk.warden.core.breach;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import uk.warden.core.register.CategoryRole;
import uk.warden.core.register.ClearanceLevel;
import uk.warden.core.register.SensitivityFlag;

/**
 * One test a risk rule makes of an exposed person: about the categories exposed for them, or about
 * who they are. Each selects a set of people, so a rule is evaluated for everyone at once.
 */
public sealed interface TierCondition {

  /** At least one of these categories was exposed. */
  record AnyCategory(Set<String> keys) implements TierCondition {
    public AnyCategory {
      keys = nonEmpty(keys, "anyCategory");
    }
  }

  /** Every one of these categories was exposed. */
  record AllCategories(Set<String> keys) implements TierCondition {
    public AllCategories {
      keys = nonEmpty(keys, "allCategories");
    }
  }

  /** A category playing this part in the high-risk combination was exposed. */
  record AnyRole(CategoryRole role) implements TierCondition {
    public AnyRole {
      Objects.requireNonNull(role, "role");
    }
  }

  /** A category of at least this contextual risk weight (0–10) was exposed. */
  record MinRiskWeight(int weight) implements TierCondition {
    public MinRiskWeight {
      if (weight < 0 || weight > 10) {
        throw new IllegalArgumentException("risk weight must be 0–10");
      }
    }
  }

  /** The person holds a valid clearance at one of these levels. */
  record HoldsClearance(Set<ClearanceLevel> levels) implements TierCondition {
    public HoldsClearance {
      if (levels.isEmpty()) {
        throw new IllegalArgumentException("clearance condition names no level");
      }
      levels = Collections.unmodifiableSet(EnumSet.copyOf(levels));
    }
  }

  /** The person, or their unit, carries one of these sensitivity flags. */
  record HasFlag(Set<SensitivityFlag> flags) implements TierCondition {
    public HasFlag {
      if (flags.isEmpty()) {
        throw new IllegalArgumentException("flag condition names no flag");
      }
      flags = Collections.unmodifiableSet(EnumSet.copyOf(flags));
    }
  }

  /** At least one of these conditions holds. */
  record Either(List<TierCondition> options) implements TierCondition {
    public Either {
      if (options.isEmpty()) {
        throw new IllegalArgumentException("either names no condition");
      }
      options = List.copyOf(options);
    }
  }

  private static Set<String> nonEmpty(Set<String> keys, String what) {
    if (keys.isEmpty()) {
      throw new IllegalArgumentException(what + " names no category");
    }
    return Collections.unmodifiableSortedSet(new TreeSet<>(keys));
  }
}
