package uk.warden.core.breach;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.warden.core.custody.PersonSet;
import uk.warden.core.register.ClearanceLevel;
import uk.warden.core.register.EmploymentStatus;
import uk.warden.core.register.PersonKind;

/**
 * Counts an exposure by group without a per-person object. The exposed are first split by how many
 * categories each had exposed, so a group's records are the sum of count times people over those
 * few sets. Groups with few values (kind, status, clearance, tier) are then intersections with
 * precomputed group sets; groups with many values (rank or grade, unit) are counted in one batched
 * pass over the exposed against the post column.
 */
final class AggregateCounter {

  private final PersonSet exposed;
  private final Map<Integer, PersonSet> byCount;
  private final PersonAttributes attributes;

  private AggregateCounter(
      PersonSet exposed, Map<Integer, PersonSet> byCount, PersonAttributes attributes) {
    this.exposed = exposed;
    this.byCount = byCount;
    this.attributes = attributes;
  }

  static Aggregates count(
      PersonSet exposed,
      Map<String, PersonSet> byCategory,
      Map<RiskTier, PersonSet> byTier,
      PersonAttributes attributes) {
    AggregateCounter counter =
        new AggregateCounter(
            exposed, CategoryCounts.split(exposed, byCategory.values()), attributes);
    long records = 0;
    Map<String, Count> categories = new HashMap<>();
    for (Map.Entry<String, PersonSet> category : byCategory.entrySet()) {
      int people = category.getValue().size();
      records += people;
      if (people > 0) {
        categories.put(category.getKey(), new Count(people, people));
      }
    }
    Map<PersonKind, Count> kinds = new EnumMap<>(PersonKind.class);
    for (PersonKind kind : PersonKind.values()) {
      counter.put(kinds, kind, attributes.withKind(kind));
    }
    Map<EmploymentStatus, Count> statuses = new EnumMap<>(EmploymentStatus.class);
    for (EmploymentStatus status : EmploymentStatus.values()) {
      counter.put(statuses, status, attributes.withStatus(status));
    }
    Map<ClearanceLevel, Count> clearances = new EnumMap<>(ClearanceLevel.class);
    for (ClearanceLevel level : ClearanceLevel.values()) {
      counter.put(clearances, level, attributes.withHighestClearance(level));
    }
    Map<RiskTier, Count> tiers = new EnumMap<>(RiskTier.class);
    byTier.forEach((tier, people) -> counter.put(tiers, tier, people));
    Labelled labelled = counter.labelled();
    return new Aggregates(
        new Count(exposed.size(), records),
        kinds,
        labelled.ranks(),
        labelled.units(),
        clearances,
        counter.within(attributes.uncleared()),
        statuses,
        tiers,
        categories,
        counter.outside(attributes.registered()));
  }

  private <K> void put(Map<K, Count> counts, K key, PersonSet group) {
    Count count = within(group);
    if (count.people() > 0) {
      counts.put(key, count);
    }
  }

  private Count within(PersonSet group) {
    int people = exposed.andCardinality(group);
    if (people == 0) {
      return Count.ZERO;
    }
    long records = 0;
    for (Map.Entry<Integer, PersonSet> count : byCount.entrySet()) {
      records += (long) count.getKey() * count.getValue().andCardinality(group);
    }
    return new Count(people, records);
  }

  private Count outside(PersonSet group) {
    int people = exposed.andNotCardinality(group);
    if (people == 0) {
      return Count.ZERO;
    }
    long records = 0;
    for (Map.Entry<Integer, PersonSet> count : byCount.entrySet()) {
      records += (long) count.getKey() * count.getValue().andNotCardinality(group);
    }
    return new Count(people, records);
  }

  private record Labelled(Map<String, Count> ranks, Map<String, Count> units) {}

  /**
   * Rank and unit: one batched pass over the exposed of each category count, counting people per
   * post, then rolled up to ranks and units. Post 0 (ids not registered) is counted and ignored.
   */
  private Labelled labelled() {
    int[] posts = attributes.posts();
    int postCount = attributes.postCount();
    long[] postPeople = new long[postCount];
    long[] postRecords = new long[postCount];
    int[] perPost = new int[postCount];
    byCount.forEach(
        (records, people) -> {
          Arrays.fill(perPost, 0);
          people.forEachBatch(
              (ids, size) -> {
                for (int i = 0; i < size; i++) {
                  int id = ids[i];
                  perPost[id < posts.length ? posts[id] : 0]++;
                }
              });
          for (int post = 1; post < postCount; post++) {
            postPeople[post] += perPost[post];
            postRecords[post] += (long) records * perPost[post];
          }
        });
    List<String> rankLabels = attributes.rankLabels();
    List<String> unitLabels = attributes.unitLabels();
    long[] rankPeople = new long[rankLabels.size()];
    long[] rankRecords = new long[rankLabels.size()];
    long[] unitPeople = new long[unitLabels.size()];
    long[] unitRecords = new long[unitLabels.size()];
    for (int post = 1; post < postCount; post++) {
      int rank = attributes.rankOfPost(post);
      int unit = attributes.unitOfPost(post);
      rankPeople[rank] += postPeople[post];
      rankRecords[rank] += postRecords[post];
      unitPeople[unit] += postPeople[post];
      unitRecords[unit] += postRecords[post];
    }
    return new Labelled(
        labelled(rankLabels, rankPeople, rankRecords),
        labelled(unitLabels, unitPeople, unitRecords));
  }

  private static Map<String, Count> labelled(List<String> labels, long[] people, long[] records) {
    Map<String, Count> counts = new HashMap<>();
    for (int i = 0; i < labels.size(); i++) {
      if (people[i] > 0) {
        counts.put(labels.get(i), new Count(people[i], records[i]));
      }
    }
    return counts;
  }
}
