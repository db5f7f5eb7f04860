package uk.warden.core.custody;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.roaringbitmap.FastAggregation;
import org.roaringbitmap.RoaringBitmap;

/**
 * Answers "who was held during {@code [from, to]}" over a scope's spans. Spans are first unioned
 * per category signature (transfers of one feed repeat the same categories), so each person-span
 * membership is touched once however many categories the transfers carry. Given the answer for a
 * window inside this one, only the spans it did not already count are unioned.
 */
final class WindowQuery {

  private WindowQuery() {}

  static WindowCustody during(
      ScopedCustody custody, Instant from, Instant to, @Nullable WindowCustody within) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("window ends before it starts");
    }
    boolean reuse = within != null && !within.from().isBefore(from) && !within.to().isAfter(to);
    Map<Set<String>, List<RoaringBitmap>> bySignature = new HashMap<>();
    List<RoaringBitmap> lawful = new ArrayList<>();
    List<RoaringBitmap> notLawful = new ArrayList<>();
    for (HeldSpan span : custody.spans()) {
      if (!span.heldDuring(from, to)) {
        continue;
      }
      RoaringBitmap people = span.people().bitmap();
      (span.lawfulDuring(from, to) ? lawful : notLawful).add(people);
      if (reuse && span.heldDuring(within.from(), within.to())) {
        continue;
      }
      bySignature
          .computeIfAbsent(custody.scope().categoriesOf(span.transfer()), k -> new ArrayList<>())
          .add(people);
    }
    Map<String, List<RoaringBitmap>> byCategory = new TreeMap<>();
    List<RoaringBitmap> unions = new ArrayList<>(bySignature.size() + 1);
    if (reuse) {
      unions.add(within.exposed().bitmap());
      within.byCategory().forEach((category, people) -> add(byCategory, category, people.bitmap()));
    }
    for (Map.Entry<Set<String>, List<RoaringBitmap>> signature : bySignature.entrySet()) {
      RoaringBitmap union = FastAggregation.or(signature.getValue().iterator());
      unions.add(union);
      for (String category : signature.getKey()) {
        add(byCategory, category, union);
      }
    }
    Map<String, PersonSet> categories = new TreeMap<>();
    byCategory.forEach(
        (category, sets) -> {
          PersonSet people = PersonSet.owning(FastAggregation.or(sets.iterator()));
          if (!people.isEmpty()) {
            categories.put(category, people);
          }
        });
    RoaringBitmap exposed = FastAggregation.or(unions.iterator());
    RoaringBitmap overdue = overdue(notLawful, lawful);
    RoaringBitmap lawfullyHeld =
        overdue.isEmpty() ? exposed : RoaringBitmap.andNot(exposed, overdue);
    return new WindowCustody(
        custody,
        from,
        to,
        PersonSet.owning(exposed),
        PersonSet.owning(HeldThroughout.during(custody.spans(), from, to, lawfullyHeld)),
        PersonSet.owning(overdue),
        categories);
  }

  private static void add(
      Map<String, List<RoaringBitmap>> byCategory, String category, RoaringBitmap people) {
    byCategory.computeIfAbsent(category, k -> new ArrayList<>()).add(people);
  }

  /** Held at {@code t}, and of those held only past retention. */
  static HeldAt heldAt(List<HeldSpan> spans, Instant t) {
    List<RoaringBitmap> lawful = new ArrayList<>();
    List<RoaringBitmap> notLawful = new ArrayList<>();
    for (HeldSpan span : spans) {
      if (span.heldAt(t)) {
        (span.lawfulAt(t) ? lawful : notLawful).add(span.people().bitmap());
      }
    }
    RoaringBitmap held = FastAggregation.or(lawful.iterator());
    RoaringBitmap overdue = overdue(notLawful, lawful);
    held.or(overdue);
    return new HeldAt(PersonSet.owning(held), PersonSet.owning(overdue));
  }

  record HeldAt(PersonSet held, PersonSet overdue) {}

  /**
   * People held only through spans past retention. Usually there are none, or few, so the lawful
   * spans are subtracted one by one and only where they meet, rather than unioned first.
   */
  private static RoaringBitmap overdue(List<RoaringBitmap> notLawful, List<RoaringBitmap> lawful) {
    if (notLawful.isEmpty()) {
      return new RoaringBitmap();
    }
    RoaringBitmap overdue = FastAggregation.or(notLawful.iterator());
    for (RoaringBitmap people : lawful) {
      if (overdue.isEmpty()) {
        break;
      }
      if (RoaringBitmap.intersects(overdue, people)) {
        overdue.andNot(people);
      }
    }
    return overdue;
  }
}
