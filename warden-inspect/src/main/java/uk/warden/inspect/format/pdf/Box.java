package uk.warden.inspect.format.pdf;

import java.awt.geom.Rectangle2D;
import java.util.Locale;

/** An axis-aligned rectangle in user space, in points. */
record Box(float x0, float y0, float x1, float y1) {

  static final Box EMPTY = new Box(0, 0, 0, 0);

  static Box of(float ax, float ay, float bx, float by) {
    return new Box(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by));
  }

  static Box of(Rectangle2D rectangle) {
    return new Box(
        (float) rectangle.getMinX(),
        (float) rectangle.getMinY(),
        (float) rectangle.getMaxX(),
        (float) rectangle.getMaxY());
  }

  float width() {
    return x1 - x0;
  }

  float height() {
    return y1 - y0;
  }

  double area() {
    return width() <= 0 || height() <= 0 ? 0 : (double) width() * height();
  }

  boolean isEmpty() {
    return !(width() > 0 && height() > 0);
  }

  Box intersect(Box other) {
    float ax = Math.max(x0, other.x0);
    float ay = Math.max(y0, other.y0);
    float bx = Math.min(x1, other.x1);
    float by = Math.min(y1, other.y1);
    return bx > ax && by > ay ? new Box(ax, ay, bx, by) : EMPTY;
  }

  Box union(Box other) {
    return new Box(
        Math.min(x0, other.x0),
        Math.min(y0, other.y0),
        Math.max(x1, other.x1),
        Math.max(y1, other.y1));
  }

  boolean overlaps(Box other) {
    return !intersect(other).isEmpty();
  }

  /** How much of this box lies inside {@code other}, from 0 to 1. */
  double fractionInside(Box other) {
    double area = area();
    return area == 0 ? 0 : intersect(other).area() / area;
  }

  /** Coordinates as a reader finds them, e.g. {@code x 72–300, y 700–712 pt}. */
  String describe() {
    return String.format(Locale.ROOT, "x %.0f–%.0f, y %.0f–%.0f pt", x0, x1, y0, y1);
  }
}
