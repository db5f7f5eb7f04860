package uk.warden.core.breach;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import uk.warden.core.custody.PersonSet;
import uk.warden.core.register.DataCategory;
import uk.warden.core.register.DataTaxonomy;

/**
 * Applies a risk matrix to everyone exposed at once: each condition becomes a person set (a union
 * of category sets, or a precomputed attribute set), a rule is their intersection, and rules take
 * people in order from those not yet placed.
 */
final class TierAssigner {

  private final Map<String, PersonSet> byCategory;
  private final PersonAttributes attributes;
  private final DataTaxonomy taxonomy;

  private TierAssigner(
      Map<String, PersonSet> byCategory, PersonAttributes attributes, DataTaxonomy taxonomy) {
    this.byCategory = byCategory;
    this.attributes = attributes;
    this.taxonomy = taxonomy;
  }

  record Tiers(Map<RiskTier, PersonSet> byTier, List<TierRuleCount> rules) {}

  static Tiers assign(
      PersonSet exposed,
      Map<String, PersonSet> byCategory,
      PersonAttributes attributes,
      RiskMatrix matrix) {
    TierAssigner assigner = new TierAssigner(byCategory, attributes, matrix.taxonomy());
    Map<RiskTier, List<PersonSet>> placed = new EnumMap<>(RiskTier.class);
    List<TierRuleCount> counts = new ArrayList<>();
    PersonSet unplaced = exposed;
    for (TierRule rule : matrix.rules()) {
      PersonSet matched = assigner.select(rule.when(), unplaced);
      counts.add(new TierRuleCount(rule.name(), rule.tier(), rule.reason(), matched.size()));
      if (!matched.isEmpty()) {
        placed.computeIfAbsent(rule.tier(), k -> new ArrayList<>()).add(matched);
        unplaced = unplaced.andNot(matched);
      }
    }
    placed.computeIfAbsent(matrix.otherwise(), k -> new ArrayList<>()).add(unplaced);
    Map<RiskTier, PersonSet> byTier = new EnumMap<>(RiskTier.class);
    placed.forEach(
        (tier, sets) -> {
          PersonSet people = PersonSet.union(sets);
          if (!people.isEmpty()) {
            byTier.put(tier, people);
          }
        });
    return new Tiers(byTier, counts);
  }

  /** People among {@code candidates} meeting every condition. */
  private PersonSet select(List<TierCondition> conditions, PersonSet candidates) {
    PersonSet selected = candidates;
    for (TierCondition condition : conditions) {
      if (selected.isEmpty()) {
        break;
      }
      selected = select(condition, selected);
    }
    return selected;
  }

  /**
   * People among {@code within} meeting one condition. Attribute sets span the whole register, so
   * they are intersected with the candidates one by one rather than unioned first.
   */
  private PersonSet select(TierCondition condition, PersonSet within) {
    if (condition instanceof TierCondition.AnyCategory any) {
      return within.and(union(any.keys().stream().map(this::category).toList()));
    }
    if (condition instanceof TierCondition.AllCategories all) {
      PersonSet selected = within;
      for (String key : all.keys()) {
        selected = selected.and(category(key));
      }
      return selected;
    }
    if (condition instanceof TierCondition.AnyRole role) {
      return within.and(categoriesWhere(category -> category.role() == role.role()));
    }
    if (condition instanceof TierCondition.MinRiskWeight weight) {
      return within.and(categoriesWhere(category -> category.riskWeight() >= weight.weight()));
    }
    if (condition instanceof TierCondition.HoldsClearance clearance) {
      return union(
          clearance.levels().stream().map(l -> within.and(attributes.holding(l))).toList());
    }
    if (condition instanceof TierCondition.HasFlag flag) {
      return union(flag.flags().stream().map(f -> within.and(attributes.flagged(f))).toList());
    }
    TierCondition.Either either = (TierCondition.Either) condition;
    List<PersonSet> options = new ArrayList<>();
    for (TierCondition option : either.options()) {
      options.add(select(option, within));
    }
    return union(options);
  }

  private PersonSet categoriesWhere(Predicate<DataCategory> test) {
    List<PersonSet> sets = new ArrayList<>();
    byCategory.forEach(
        (key, people) -> {
          if (taxonomy.find(key).filter(test).isPresent()) {
            sets.add(people);
          }
        });
    return union(sets);
  }

  private PersonSet category(String key) {
    return byCategory.getOrDefault(key, PersonSet.empty());
  }

  private static PersonSet union(List<PersonSet> sets) {
    return PersonSet.union(sets);
  }
}
