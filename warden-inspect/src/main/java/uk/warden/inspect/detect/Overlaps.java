package uk.warden.inspect.detect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Resolves overlapping detections: the higher score wins, then the longer span, then the earlier
 * one. Returns the survivors in text order.
 *
 * <p>Detections arrive almost in text order and few overlap, so a sweep cuts them into clusters of
 * transitively overlapping spans; a lone detection is kept as it is and only a cluster is resolved
 * greedily, strongest first. That gives the same result as a global greedy pass without a search
 * structure per detection.
 */
final class Overlaps {

  /** By start, then end. Written out: it is called for every detection of every scan. */
  static final Comparator<Detection> TEXT_ORDER = Overlaps::compareTextOrder;

  private static final Comparator<Detection> STRONGEST_FIRST =
      Comparator.comparingDouble(Detection::score)
          .reversed()
          .thenComparing(Comparator.comparingInt(Detection::length).reversed())
          .thenComparingInt(Detection::start)
          .thenComparingInt(d -> d.type().ordinal());

  private Overlaps() {}

  static int compareTextOrder(Detection a, Detection b) {
    return a.start() != b.start()
        ? Integer.compare(a.start(), b.start())
        : Integer.compare(a.end(), b.end());
  }

  /**
   * Resolves in place: {@code detections} is the scan's own list, in text order ({@link
   * #TEXT_ORDER}), and may be changed. When nothing overlaps (most scans) it is returned as it is.
   */
  static List<Detection> resolve(List<Detection> detections) {
    if (detections.size() <= 1) {
      return List.copyOf(detections);
    }
    List<Detection> sorted = detections;
    List<Detection> kept = null;
    int clusterStart = 0;
    int clusterEnd = sorted.get(0).end();
    for (int i = 1; i <= sorted.size(); i++) {
      if (i < sorted.size() && sorted.get(i).start() < clusterEnd) {
        clusterEnd = Math.max(clusterEnd, sorted.get(i).end());
        continue;
      }
      if (i - clusterStart > 1 && kept == null) {
        kept = new ArrayList<>(sorted.subList(0, clusterStart));
      }
      if (kept != null) {
        if (i - clusterStart == 1) {
          kept.add(sorted.get(clusterStart));
        } else {
          kept.addAll(resolveCluster(sorted.subList(clusterStart, i)));
        }
      }
      if (i < sorted.size()) {
        clusterStart = i;
        clusterEnd = sorted.get(i).end();
      }
    }
    return Collections.unmodifiableList(kept == null ? sorted : kept);
  }

  private static List<Detection> resolveCluster(List<Detection> cluster) {
    List<Detection> byStrength = new ArrayList<>(cluster);
    byStrength.sort(STRONGEST_FIRST);
    List<Detection> kept = new ArrayList<>();
    for (Detection candidate : byStrength) {
      if (kept.stream().noneMatch(candidate::overlaps)) {
        kept.add(candidate);
      }
    }
    kept.sort(TEXT_ORDER);
    return kept;
  }
}
