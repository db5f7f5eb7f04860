package uk.warden.watch.manifest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * What changed between a manifest taken before a migration and one taken after: exactly which
 * objects are missing (and from which cases), which changed, which were added, and which only
 * moved. An object whose content (size and SHA-256) is found again at a new path moved and is not
 * lost; without hashes on both sides nothing can be shown to have moved, and a same-size object is
 * taken as unchanged.
 *
 * <p>Both manifests are walked once side by side in path order, so a million entries compare in
 * well under a second and in no more memory than the result.
 *
 * @param missing in the before-manifest only, in path order
 * @param changed at the same path on both sides with another size or hash, in path order
 * @param added in the after-manifest only (moves excluded), in path order
 * @param moved the same content at a new path, in the before-path's order
 * @param unchanged how many objects are the same on both sides
 * @param missingByCase the missing objects grouped by case, in case order
 */
public record ManifestComparison(
    List<ManifestEntry> missing,
    List<Change> changed,
    List<ManifestEntry> added,
    List<Change> moved,
    long unchanged,
    List<CaseLoss> missingByCase) {

  /** One object on both sides: changed at its path, or moved to another. */
  public record Change(ManifestEntry before, ManifestEntry after) {
    public Change {
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
    }
  }

  /** The objects one case lost. */
  public record CaseLoss(String caseRef, List<ManifestEntry> missing) {
    public CaseLoss {
      Objects.requireNonNull(caseRef, "caseRef");
      missing = List.copyOf(missing);
    }

    public int objects() {
      return missing.size();
    }

    public long bytes() {
      return missing.stream().mapToLong(ManifestEntry::size).sum();
    }
  }

  public ManifestComparison {
    missing = List.copyOf(missing);
    changed = List.copyOf(changed);
    added = List.copyOf(added);
    moved = List.copyOf(moved);
    missingByCase = List.copyOf(missingByCase);
  }

  /** Compares with cases by first folder. */
  public static ManifestComparison compare(Manifest before, Manifest after) {
    return compare(before, after, CaseRule.firstFolder());
  }

  public static ManifestComparison compare(Manifest before, Manifest after, CaseRule cases) {
    Sides sides =
        before.inPathOrder() && after.inPathOrder()
            ? merge(before.entries(), after.entries())
            : join(before.entries(), after.entries());
    List<Change> moved = pairMoves(sides.missing, sides.added);
    return new ManifestComparison(
        sides.missing,
        sides.changed,
        sides.added,
        moved,
        sides.unchanged,
        byCase(sides.missing, cases));
  }

  /** The objects on one side only, or on both, as the walk finds them. */
  private static final class Sides {
    final List<ManifestEntry> missing = new ArrayList<>();
    final List<Change> changed = new ArrayList<>();
    final List<ManifestEntry> added = new ArrayList<>();
    long unchanged;

    void both(ManifestEntry was, ManifestEntry is) {
      if (same(was, is)) {
        unchanged++;
      } else {
        changed.add(new Change(was, is));
      }
    }
  }

  /**
   * Both in path order (as collectors write them and manifest files are read): one walk side by
   * side, no allocation beyond the result.
   */
  private static Sides merge(List<ManifestEntry> old, List<ManifestEntry> now) {
    Sides sides = new Sides();
    int i = 0;
    int j = 0;
    while (i < old.size() || j < now.size()) {
      int order =
          i == old.size()
              ? 1
              : j == now.size() ? -1 : old.get(i).path().compareTo(now.get(j).path());
      if (order < 0) {
        sides.missing.add(old.get(i++));
      } else if (order > 0) {
        sides.added.add(now.get(j++));
      } else {
        sides.both(old.get(i++), now.get(j++));
      }
    }
    return sides;
  }

  /**
   * Either out of order: a hash join, several times faster than sorting a million paths, with only
   * the (usually few) missing and added objects sorted afterwards.
   */
  private static Sides join(List<ManifestEntry> old, List<ManifestEntry> now) {
    Map<String, ManifestEntry> byPath = new HashMap<>(Math.max(16, (int) (now.size() / 0.7)));
    for (ManifestEntry entry : now) {
      byPath.put(entry.path(), entry);
    }
    Sides sides = new Sides();
    for (ManifestEntry was : old) {
      ManifestEntry is = byPath.remove(was.path());
      if (is == null) {
        sides.missing.add(was);
      } else {
        sides.both(was, is);
      }
    }
    sides.added.addAll(byPath.values());
    sides.missing.sort(Manifest.PATH_ORDER);
    sides.added.sort(Manifest.PATH_ORDER);
    sides.changed.sort((a, b) -> a.before().path().compareTo(b.before().path()));
    return sides;
  }

  public long missingBytes() {
    return missing.stream().mapToLong(ManifestEntry::size).sum();
  }

  /** Whether every object before is still there, unchanged or moved. */
  public boolean nothingLost() {
    return missing.isEmpty() && changed.isEmpty();
  }

  /** Same size, and same hash where both sides have one. */
  private static boolean same(ManifestEntry was, ManifestEntry is) {
    return was.size() == is.size()
        && (was.sha256() == null || is.sha256() == null || was.sha256().equals(is.sha256()));
  }

  /**
   * Takes out of {@code missing} and {@code added} each pair with the same size and hash, pairing
   * in path order so the result does not depend on hashing.
   */
  private static List<Change> pairMoves(List<ManifestEntry> missing, List<ManifestEntry> added) {
    List<Change> moved = new ArrayList<>();
    if (missing.isEmpty() || added.isEmpty()) {
      return moved;
    }
    Map<String, ArrayDeque<ManifestEntry>> arrivals = new HashMap<>();
    for (ManifestEntry entry : added) {
      if (entry.sha256() != null) {
        arrivals.computeIfAbsent(key(entry), k -> new ArrayDeque<>()).add(entry);
      }
    }
    if (arrivals.isEmpty()) {
      return moved;
    }
    // Removed afterwards in one pass each: removing one by one from a list of a million is slow.
    Set<ManifestEntry> gone = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<ManifestEntry> arrived = Collections.newSetFromMap(new IdentityHashMap<>());
    for (ManifestEntry entry : missing) {
      if (entry.sha256() == null) {
        continue;
      }
      ArrayDeque<ManifestEntry> same = arrivals.get(key(entry));
      if (same != null && !same.isEmpty()) {
        ManifestEntry to = same.poll();
        moved.add(new Change(entry, to));
        gone.add(entry);
        arrived.add(to);
      }
    }
    missing.removeIf(gone::contains);
    added.removeIf(arrived::contains);
    return moved;
  }

  private static String key(ManifestEntry entry) {
    return entry.sha256() + ":" + entry.size();
  }

  private static List<CaseLoss> byCase(List<ManifestEntry> missing, CaseRule cases) {
    Map<String, List<ManifestEntry>> grouped = new TreeMap<>();
    for (ManifestEntry entry : missing) {
      grouped.computeIfAbsent(cases.caseOf(entry.path()), k -> new ArrayList<>()).add(entry);
    }
    List<CaseLoss> losses = new ArrayList<>(grouped.size());
    grouped.forEach((caseRef, entries) -> losses.add(new CaseLoss(caseRef, entries)));
    return losses;
  }
}
