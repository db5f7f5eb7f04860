package uk.warden.core.custody;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.roaringbitmap.FastAggregation;
import org.roaringbitmap.RoaringBitmap;

/**
 * Who was lawfully held at every instant of a closed window: the "certain" of breach scoping.
 *
 * <p>Lawful holdings only shrink when a span's lawful end passes (a deletion or a retention lapse)
 * and only grow at transfers, so their intersection over the whole window equals the intersection
 * at its start and at each lawful end inside it. Spans covering the whole window are in every one
 * of those, so they are unioned once; the checkpoints only need the spans that start or stop inside
 * the window, and only for the people not already settled, which is usually nobody.
 */
final class HeldThroughout {

  private HeldThroughout() {}

  static PersonSet during(List<HeldSpan> spans, Instant from, Instant to) {
    List<RoaringBitmap> whole = new ArrayList<>();
    List<HeldSpan> partial = new ArrayList<>();
    TreeSet<Instant> checkpoints = new TreeSet<>();
    for (HeldSpan span : spans) {
      if (!span.lawfulDuring(from, to)) {
        continue;
      }
      Instant end = span.lawfulUntil();
      if (!span.from().isAfter(from) && (end == null || end.isAfter(to))) {
        whole.add(span.people().bitmap());
      } else {
        partial.add(span);
        if (end != null && end.isAfter(from) && !end.isAfter(to)) {
          checkpoints.add(end);
        }
      }
    }
    RoaringBitmap certain = FastAggregation.or(whole.iterator());
    RoaringBitmap unsettled = lawfulAt(partial, from);
    unsettled.andNot(certain);
    for (Instant checkpoint : checkpoints) {
      if (unsettled.isEmpty()) {
        break;
      }
      unsettled.and(lawfulAt(partial, checkpoint));
    }
    certain.or(unsettled);
    return PersonSet.owning(certain);
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
