package uk.warden.inspect.format.pdf;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The path being built by {@code m l c re h} until a painting operator uses it. */
final class PathBuilder {

  /** Beyond this, further subpaths are merged: no page needs them told apart. */
  private static final int MAX_SUBPATHS = 20_000;

  private final List<SubPath> subpaths = new ArrayList<>();
  private @Nullable SubPath current;

  void moveTo(float x, float y) {
    current = start();
    current.add(x, y);
  }

  void lineTo(float x, float y) {
    if (current == null) {
      current = start();
    }
    current.add(x, y);
  }

  void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    if (current == null) {
      current = start();
    }
    current.curve(x1, y1, x2, y2, x3, y3);
  }

  /** A rectangle's corners, already in user space (a rotated CTM may make it a diamond). */
  void rectangle(float[] corners) {
    SubPath rectangle = start();
    for (int i = 0; i < 8; i += 2) {
      rectangle.add(corners[i], corners[i + 1]);
    }
    current = null;
  }

  void close() {
    current = null;
  }

  List<SubPath> subpaths() {
    return subpaths;
  }

  boolean isEmpty() {
    return subpaths.stream().allMatch(SubPath::isEmpty);
  }

  Box bounds() {
    Box bounds = null;
    for (SubPath subpath : subpaths) {
      if (!subpath.isEmpty()) {
        bounds = bounds == null ? subpath.bounds() : bounds.union(subpath.bounds());
      }
    }
    return bounds == null ? Box.EMPTY : bounds;
  }

  void clear() {
    subpaths.clear();
    current = null;
  }

  private SubPath start() {
    if (subpaths.size() >= MAX_SUBPATHS) {
      SubPath merged = subpaths.get(subpaths.size() - 1);
      merged.markIrregular();
      return merged;
    }
    SubPath subpath = new SubPath();
    subpaths.add(subpath);
    return subpath;
  }
}
