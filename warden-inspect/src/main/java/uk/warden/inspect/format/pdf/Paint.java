package uk.warden.inspect.format.pdf;

import org.jspecify.annotations.Nullable;

/**
 * Something painted on a page, in the order painted ({@code seq}): what may lie behind later text
 * or over earlier text. {@code covers} says whether it is opaque enough to hide text under it.
 * Descriptions are built only when a finding needs them: a page may paint many thousands.
 *
 * @param label what it is, when not derived from the kind (annotations)
 * @param name what to call it where it is, when not derived from the kind (an image object, an
 *     annotation's reference); annotations give their whole location here
 */
record Paint(
    int seq,
    Box box,
    Kind kind,
    int rgb,
    boolean covers,
    @Nullable String label,
    @Nullable String name) {

  /** Annotations are painted after all page content. */
  static final int AFTER_CONTENT = Integer.MAX_VALUE;

  enum Kind {
    /** A filled rectangle. */
    BOX,
    /** A thick horizontal or vertical stroke. */
    LINE,
    /** Any other filled shape (its bounds only). */
    SHAPE,
    IMAGE,
    SHADING,
    /** A Square, Redact or dark Highlight annotation over the page. */
    ANNOTATION
  }

  static Paint of(int seq, Box box, Kind kind, int rgb, boolean covers) {
    return new Paint(seq, box, kind, rgb, covers, null, null);
  }

  /** E.g. "a black filled box". */
  String what() {
    if (label != null) {
      return label;
    }
    return switch (kind) {
      case BOX -> "a " + Colours.name(rgb) + " filled box";
      case LINE -> "a thick " + Colours.name(rgb) + " line";
      case SHAPE -> "a filled shape";
      case IMAGE -> "an image";
      case SHADING -> "a gradient";
      case ANNOTATION -> "an annotation";
    };
  }

  /** E.g. "box at x 68–208, y 696–712 pt", or an annotation's reference. */
  String where() {
    if (kind == Kind.ANNOTATION && name != null) {
      return name;
    }
    String what =
        name != null
            ? name
            : switch (kind) {
              case BOX -> "box";
              case LINE -> "line";
              case SHAPE -> "shape";
              case IMAGE -> "image";
              case SHADING -> "gradient";
              case ANNOTATION -> "annotation";
            };
    return what + " at " + box.describe();
  }
}
