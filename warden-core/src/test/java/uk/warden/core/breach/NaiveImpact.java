package uk.warden.core.breach;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import uk.warden.core.custody.NaiveCustody;
import uk.warden.core.custody.Transfer;
import uk.warden.core.register.ClearanceLevel;
import uk.warden.core.register.DataCategory;
import uk.warden.core.register.DataTaxonomy;
import uk.warden.core.register.EmploymentStatus;
import uk.warden.core.register.PersonKind;

/**
 * The reference impact: resolves the windows from the incident's definitions, then takes every
 * exposed person in turn, lists their categories, walks the risk rules for them and adds them to
 * each group. No sets are combined; nothing is clever.
 */
final class NaiveImpact {

  record Case(
      Instant from,
      Instant to,
      Set<Integer> exposed,
      Set<Integer> certain,
      Set<Integer> overdue,
      Map<String, Set<Integer>> byCategory,
      Map<RiskTier, Set<Integer>> byTier,
      Map<String, Integer> ruleCounts,
      Aggregates aggregates) {}

  private final NaiveCustody custody;
  private final RandomPeople people;
  private final RiskMatrix matrix;
  private final DataTaxonomy taxonomy;

  NaiveImpact(NaiveCustody custody, RandomPeople people, RiskMatrix matrix) {
    this.custody = custody;
    this.people = people;
    this.matrix = matrix;
    this.taxonomy = matrix.taxonomy();
  }

  /** Worst case first, best case second. */
  List<Case> assess(Incident incident, Instant now) {
    Instant from = incident.window().from();
    Instant to = incident.window().to();
    if (from != null && to != null) {
      Case known = scenario(from, to);
      return List.of(known, known);
    }
    Instant worstTo = to != null ? to : (from != null && from.isAfter(now) ? from : now);
    Instant worstFrom = from;
    if (worstFrom == null) {
      worstFrom = worstTo;
      for (Transfer transfer : custody.transfers()) {
        if (!transfer.at().isAfter(worstTo) && transfer.at().isBefore(worstFrom)) {
          worstFrom = transfer.at();
        }
      }
    }
    Instant bestTo = to;
    if (bestTo == null) {
      bestTo = from;
    }
    if (bestTo == null) {
      bestTo = incident.discoveredAt();
      if (incident.awareAt().isBefore(bestTo)) {
        bestTo = incident.awareAt();
      }
      if (now.isBefore(bestTo)) {
        bestTo = now;
      }
    }
    Instant bestFrom = from;
    if (bestFrom == null) {
      Instant last = null;
      for (Transfer transfer : custody.transfers()) {
        if (!transfer.at().isAfter(bestTo) && (last == null || transfer.at().isAfter(last))) {
          last = transfer.at();
        }
      }
      bestFrom = last == null ? bestTo : last;
    }
    return List.of(scenario(worstFrom, worstTo), scenario(bestFrom, bestTo));
  }

  private Case scenario(Instant from, Instant to) {
    Set<Integer> exposed = custody.exposed(from, to);
    Map<String, Set<Integer>> byCategory = custody.byCategory(from, to);
    Map<RiskTier, Set<Integer>> byTier = new EnumMap<>(RiskTier.class);
    Map<String, Integer> ruleCounts = new HashMap<>();
    matrix.rules().forEach(rule -> ruleCounts.put(rule.name(), 0));
    Tally tally = new Tally();
    for (int person : exposed) {
      Set<String> categories = new TreeSet<>();
      byCategory.forEach(
          (key, holders) -> {
            if (holders.contains(person)) {
              categories.add(key);
            }
          });
      RiskTier tier = matrix.otherwise();
      for (TierRule rule : matrix.rules()) {
        if (rule.when().stream().allMatch(c -> holds(c, person, categories))) {
          tier = rule.tier();
          ruleCounts.merge(rule.name(), 1, Integer::sum);
          break;
        }
      }
      byTier.computeIfAbsent(tier, k -> new TreeSet<>()).add(person);
      tally.add(person, categories, tier);
    }
    return new Case(
        from,
        to,
        exposed,
        custody.certain(from, to),
        custody.overdue(from, to),
        byCategory,
        byTier,
        ruleCounts,
        tally.aggregates());
  }

  private boolean holds(TierCondition condition, int person, Set<String> categories) {
    RandomPeople.Spec spec = people.of(person);
    if (condition instanceof TierCondition.AnyCategory any) {
      return any.keys().stream().anyMatch(categories::contains);
    }
    if (condition instanceof TierCondition.AllCategories all) {
      return categories.containsAll(all.keys());
    }
    if (condition instanceof TierCondition.AnyRole role) {
      return categories.stream()
          .map(taxonomy::find)
          .anyMatch(c -> c.isPresent() && c.get().role() == role.role());
    }
    if (condition instanceof TierCondition.MinRiskWeight weight) {
      return categories.stream()
          .map(taxonomy::find)
          .anyMatch(c -> c.map(DataCategory::riskWeight).orElse(0) >= weight.weight());
    }
    if (condition instanceof TierCondition.HoldsClearance clearance) {
      return spec != null && spec.clearances().stream().anyMatch(clearance.levels()::contains);
    }
    if (condition instanceof TierCondition.HasFlag flag) {
      return spec != null && spec.flags().stream().anyMatch(flag.flags()::contains);
    }
    return ((TierCondition.Either) condition)
        .options().stream().anyMatch(option -> holds(option, person, categories));
  }

  /** Adds each person to every group they belong to, one by one. */
  private final class Tally {
    long exposedCount;
    long recordCount;
    final Map<PersonKind, long[]> kinds = new EnumMap<>(PersonKind.class);
    final Map<String, long[]> ranks = new HashMap<>();
    final Map<String, long[]> units = new HashMap<>();
    final Map<ClearanceLevel, long[]> clearances = new EnumMap<>(ClearanceLevel.class);
    final long[] uncleared = new long[2];
    final Map<EmploymentStatus, long[]> statuses = new EnumMap<>(EmploymentStatus.class);
    final Map<RiskTier, long[]> tiers = new EnumMap<>(RiskTier.class);
    final Map<String, long[]> categories = new HashMap<>();
    final long[] unregistered = new long[2];

    void add(int person, Set<String> personCategories, RiskTier tier) {
      int n = personCategories.size();
      exposedCount++;
      recordCount += n;
      bump(tiers, tier, n);
      for (String category : personCategories) {
        bump(categories, category, 1);
      }
      RandomPeople.Spec spec = people.of(person);
      if (spec == null) {
        unregistered[0]++;
        unregistered[1] += n;
        return;
      }
      bump(kinds, spec.kind(), n);
      bump(statuses, spec.status(), n);
      bump(ranks, label(spec.rankLabel()), n);
      bump(units, label(spec.unitLabel()), n);
      if (spec.highest() == null) {
        uncleared[0]++;
        uncleared[1] += n;
      } else {
        bump(clearances, spec.highest(), n);
      }
    }

    Aggregates aggregates() {
      return new Aggregates(
          new Count(exposedCount, recordCount),
          counts(kinds),
          counts(ranks),
          counts(units),
          counts(clearances),
          count(uncleared),
          counts(statuses),
          counts(tiers),
          counts(categories),
          count(unregistered));
    }
  }

  private static String label(@Nullable String label) {
    return label == null ? PersonAttributes.UNRECORDED : label;
  }

  private static <K> void bump(Map<K, long[]> counts, K key, int records) {
    long[] count = counts.computeIfAbsent(key, k -> new long[2]);
    count[0]++;
    count[1] += records;
  }

  private static <K> Map<K, Count> counts(Map<K, long[]> raw) {
    Map<K, Count> counts = new HashMap<>();
    raw.forEach((key, value) -> counts.put(key, count(value)));
    return counts;
  }

  private static Count count(long[] value) {
    return value[0] == 0 ? Count.ZERO : new Count(value[0], value[1]);
  }
}
