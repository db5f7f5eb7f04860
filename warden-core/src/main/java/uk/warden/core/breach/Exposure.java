package uk.warden.core.breach;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import uk.warden.core.custody.PersonSet;

/**
 * Who and what was exposed over one resolved window {@code [from, to]}: the worst or the best case
 * of an incident.
 *
 * @param exposed held by a compromised party at some instant of the window
 * @param certain lawfully held throughout the window: exposed whenever the data was taken
 * @param possible exposed but not certain: held for only part of the window, or only because no
 *     deletion was attested after retention ran out
 * @param overdue exposed only through data kept past retention with no deletion attested
 * @param byCategory the people exposed in each category (a person's categories are looked up from
 *     these on demand, never stored per person)
 * @param byTier the exposed split by risk tier; every exposed person is in exactly one
 */
public record Exposure(
    Instant from,
    Instant to,
    PersonSet exposed,
    PersonSet certain,
    PersonSet possible,
    PersonSet overdue,
    Map<String, PersonSet> byCategory,
    Map<RiskTier, PersonSet> byTier,
    List<TierRuleCount> tierRules,
    Aggregates aggregates) {

  public Exposure {
    byCategory = Collections.unmodifiableSortedMap(new TreeMap<>(byCategory));
    Map<RiskTier, PersonSet> tiers = new EnumMap<>(RiskTier.class);
    tiers.putAll(byTier);
    byTier = Collections.unmodifiableMap(tiers);
    tierRules = List.copyOf(tierRules);
  }

  /** The categories exposed for one person, for the person page and the notice to them. */
  public SortedSet<String> categoriesOf(int person) {
    SortedSet<String> categories = new TreeSet<>();
    byCategory.forEach(
        (key, people) -> {
          if (people.contains(person)) {
            categories.add(key);
          }
        });
    return categories;
  }

  public Optional<RiskTier> tierOf(int person) {
    for (Map.Entry<RiskTier, PersonSet> tier : byTier.entrySet()) {
      if (tier.getValue().contains(person)) {
        return Optional.of(tier.getKey());
      }
    }
    return Optional.empty();
  }

  public PersonSet tier(RiskTier tier) {
    return byTier.getOrDefault(tier, PersonSet.empty());
  }

  /** Person-category pairs exposed. */
  public long records() {
    return aggregates.total().records();
  }

  /** Person-category pairs exposed for the people in {@code people}. */
  public long recordsOf(PersonSet people) {
    long records = 0;
    for (PersonSet category : byCategory.values()) {
      records += category.andCardinality(people);
    }
    return records;
  }

  @Override
  public String toString() {
    return "Exposure[from="
        + from
        + ", to="
        + to
        + ", exposed="
        + exposed.size()
        + ", certain="
        + certain.size()
        + ", possible="
        + possible.size()
        + ", records="
        + records()
        + "]";
  }
}
