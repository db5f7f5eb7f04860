package uk.warden.core.custody;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.roaringbitmap.FastAggregation;
import org.roaringbitmap.RoaringBitmap;

/**
 * Who was lawfully held at every instant of a closed window: the "certain" of breach scoping.
 *
 * <p>Spans covering the whole window settle their people at once. For the rest, lawful holdings
 * only shrink when a span's lawful end passes (a deletion or a retention lapse), so it is enough to
 * start from those held at the window's start and, at each lawful end inside the window, drop the
 * people of the ending spans whom no other span still holds. Only the ending spans and the people
 * still unsettled are touched, which is usually almost nobody.
 */
final class HeldThroughout {

  private HeldThroughout() {}

  /**
   * @param lawful everyone lawfully held at some instant of the window: the union of the spans that
   *     are, known to the caller already
   */
  static RoaringBitmap during(
      List<HeldSpan> spans, Instant from, Instant to, RoaringBitmap lawful) {
    List<RoaringBitmap> whole = new ArrayList<>();
    List<HeldSpan> partial = new ArrayList<>();
    Map<Instant, List<RoaringBitmap>> endingAt = new TreeMap<>();
    for (HeldSpan span : spans) {
      if (!span.lawfulDuring(from, to)) {
        continue;
      }
      RoaringBitmap people = span.people().bitmap();
      Instant end = span.lawfulUntil();
      if (!span.from().isAfter(from) && (end == null || end.isAfter(to))) {
        whole.add(people);
      } else {
        partial.add(span);
        if (end != null && end.isAfter(from) && !end.isAfter(to)) {
          endingAt.computeIfAbsent(end, k -> new ArrayList<>()).add(people);
        }
      }
    }
    RoaringBitmap certain = wholeUnion(whole, partial, lawful);
    RoaringBitmap unsettled = lawfulAt(partial, from);
    unsettled.andNot(certain);
    for (Map.Entry<Instant, List<RoaringBitmap>> ending : endingAt.entrySet()) {
      if (unsettled.isEmpty()) {
        break;
      }
      RoaringBitmap dropped = new RoaringBitmap();
      for (RoaringBitmap people : ending.getValue()) {
        dropped.or(RoaringBitmap.and(people, unsettled));
      }
      for (HeldSpan span : partial) {
        if (dropped.isEmpty()) {
          break;
        }
        RoaringBitmap people = span.people().bitmap();
        if (span.lawfulAt(ending.getKey()) && RoaringBitmap.intersects(people, dropped)) {
          dropped.andNot(people);
        }
      }
      unsettled.andNot(dropped);
    }
    certain.or(unsettled);
    return certain;
  }

  /**
   * The union of the whole-window spans; when every lawful span covers the whole window (a narrow
   * window, typically the best case) that is everyone lawfully held, already known.
   */
  private static RoaringBitmap wholeUnion(
      List<RoaringBitmap> whole, List<HeldSpan> partial, RoaringBitmap lawful) {
    return partial.isEmpty() ? lawful.clone() : FastAggregation.or(whole.iterator());
  }

  private static RoaringBitmap lawfulAt(List<HeldSpan> spans, Instant t) {
    List<RoaringBitmap> active = new ArrayList<>();
    for (HeldSpan span : spans) {
      if (span.lawfulAt(t)) {
        active.add(span.people().bitmap());
      }
    }
    return FastAggregation.or(active.iterator());
  }
}
