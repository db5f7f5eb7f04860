package uk.warden.inspect.format.slides;

import org.jspecify.annotations.Nullable;

/**
 * A shape being read: its id, whether it (or a group around it) is hidden or placed off the slide,
 * and its text so far.
 */
final class ShapeFrame {

  final @Nullable ShapeFrame parent;
  final boolean topLevel;
  @Nullable String id;
  @Nullable String placeholder;
  boolean hidden;
  boolean offSlide;
  boolean named;
  boolean placed;
  long x;
  long y;
  long width = -1;
  long height = -1;
  final StringBuilder text = new StringBuilder();

  ShapeFrame(@Nullable ShapeFrame parent) {
    this.parent = parent;
    this.topLevel = parent == null;
    if (parent != null) {
      hidden = parent.hidden;
      offSlide = parent.offSlide;
    }
  }

  String label() {
    return "shape " + (id == null ? "?" : id);
  }

  /**
   * Whether the shape lies wholly outside a slide of this size (only known for top-level shapes).
   */
  boolean outside(long slideWidth, long slideHeight) {
    if (!placed || width < 0 || height < 0) {
      return false;
    }
    return x + width <= 0 || y + height <= 0 || x >= slideWidth || y >= slideHeight;
  }

  void newParagraph() {
    if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
      text.append('\n');
    }
  }
}
