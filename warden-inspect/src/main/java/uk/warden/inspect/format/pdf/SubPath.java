package uk.warden.inspect.format.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * One subpath of a path under construction, in user space. Keeps its bounds and its first few
 * corners, which is all it takes to tell a rectangle (the shape of a redaction box) from any other
 * shape.
 */
final class SubPath {

  private static final int KEPT_POINTS = 5;
  private static final float TOLERANCE = 0.01f;

  private final float[] xs = new float[KEPT_POINTS];
  private final float[] ys = new float[KEPT_POINTS];
  private int points;
  private float minX = Float.POSITIVE_INFINITY;
  private float minY = Float.POSITIVE_INFINITY;
  private float maxX = Float.NEGATIVE_INFINITY;
  private float maxY = Float.NEGATIVE_INFINITY;
  private boolean curved;

  void add(float x, float y) {
    if (!Float.isFinite(x) || !Float.isFinite(y)) {
      curved = true;
      return;
    }
    if (points < KEPT_POINTS) {
      xs[points] = x;
      ys[points] = y;
    }
    points++;
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }

  void curve(float x1, float y1, float x2, float y2, float x3, float y3) {
    curved = true;
    add(x1, y1);
    add(x2, y2);
    add(x3, y3);
  }

  /** Marks a subpath that stands for many (too many to keep apart). */
  void markIrregular() {
    curved = true;
  }

  boolean isEmpty() {
    return points == 0;
  }

  Box bounds() {
    return points == 0 ? Box.EMPTY : new Box(minX, minY, maxX, maxY);
  }

  /** Four axis-aligned corners (a fifth may repeat the first): a filled box. */
  boolean isRectangle() {
    if (curved || points < 4 || points > 5) {
      return false;
    }
    if (points == 5 && !(near(xs[4], xs[0]) && near(ys[4], ys[0]))) {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      int j = (i + 1) % 4;
      boolean horizontal = near(ys[i], ys[j]);
      boolean vertical = near(xs[i], xs[j]);
      if (horizontal == vertical) {
        return false;
      }
    }
    return maxX - minX > TOLERANCE && maxY - minY > TOLERANCE;
  }

  /** The straight horizontal or vertical segments, widened by the pen: marker-like strokes. */
  List<Box> straightSegments(float halfWidth) {
    List<Box> segments = new ArrayList<>();
    if (curved || points < 2 || points > KEPT_POINTS) {
      return segments;
    }
    for (int i = 0; i + 1 < points; i++) {
      boolean horizontal = near(ys[i], ys[i + 1]);
      boolean vertical = near(xs[i], xs[i + 1]);
      if (horizontal || vertical) {
        Box segment = Box.of(xs[i], ys[i], xs[i + 1], ys[i + 1]);
        segments.add(
            new Box(
                segment.x0() - halfWidth,
                segment.y0() - halfWidth,
                segment.x1() + halfWidth,
                segment.y1() + halfWidth));
      }
    }
    return segments;
  }

  private static boolean near(float a, float b) {
    return Math.abs(a - b) <= TOLERANCE;
  }
}
