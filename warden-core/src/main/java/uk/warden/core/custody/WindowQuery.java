package uk.warden.core.custody;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.roaringbitmap.FastAggregation;
import org.roaringbitmap.RoaringBitmap;

/**
 * Answers "who was held during {@code [from, to]}" over a scope's spans. Spans are first unioned
 * per category signature (transfers of one feed repeat the same categories), so each person-span
 * membership is touched once however many categories the transfers carry.
 */
final class WindowQuery {

  private WindowQuery() {}

  static WindowCustody during(ScopedCustody custody, Instant from, Instant to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("window ends before it starts");
    }
    Map<Set<String>, List<RoaringBitmap>> bySignature = new HashMap<>();
    List<RoaringBitmap> lawful = new ArrayList<>();
    List<RoaringBitmap> notLawful = new ArrayList<>();
    for (HeldSpan span : custody.spans()) {
      if (!span.heldDuring(from, to)) {
        continue;
      }
      RoaringBitmap people = span.people().bitmap();
      bySignature
          .computeIfAbsent(custody.scope().categoriesOf(span.transfer()), k -> new ArrayList<>())
          .add(people);
      (span.lawfulDuring(from, to) ? lawful : notLawful).add(people);
    }
    Map<String, List<RoaringBitmap>> byCategory = new TreeMap<>();
    List<RoaringBitmap> signatureUnions = new ArrayList<>(bySignature.size());
    for (Map.Entry<Set<String>, List<RoaringBitmap>> signature : bySignature.entrySet()) {
      RoaringBitmap union = FastAggregation.or(signature.getValue().iterator());
      signatureUnions.add(union);
      for (String category : signature.getKey()) {
        byCategory.computeIfAbsent(category, k -> new ArrayList<>()).add(union);
      }
    }
    Map<String, PersonSet> categories = new TreeMap<>();
    byCategory.forEach(
        (category, unions) ->
            categories.put(category, PersonSet.owning(FastAggregation.or(unions.iterator()))));
    return new WindowCustody(
        from,
        to,
        PersonSet.owning(FastAggregation.or(signatureUnions.iterator())),
        HeldThroughout.during(custody.spans(), from, to),
        overdue(notLawful, lawful),
        categories);
  }

  /** Held during the window, without the categories or the certain: enough for a count. */
  static PersonSet exposed(List<HeldSpan> spans, Instant from, Instant to) {
    List<RoaringBitmap> held = new ArrayList<>();
    for (HeldSpan span : spans) {
      if (span.heldDuring(from, to)) {
        held.add(span.people().bitmap());
      }
    }
    return PersonSet.owning(FastAggregation.or(held.iterator()));
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
    PersonSet overdue = overdue(notLawful, lawful);
    held.or(overdue.bitmap());
    return new HeldAt(PersonSet.owning(held), overdue);
  }

  record HeldAt(PersonSet held, PersonSet overdue) {}

  /**
   * People held only through spans past retention. Usually there are none, or few, so the lawful
   * spans are subtracted one by one and only where they meet, rather than unioned first.
   */
  private static PersonSet overdue(List<RoaringBitmap> notLawful, List<RoaringBitmap> lawful) {
    if (notLawful.isEmpty()) {
      return PersonSet.empty();
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
    return PersonSet.owning(overdue);
  }
}
