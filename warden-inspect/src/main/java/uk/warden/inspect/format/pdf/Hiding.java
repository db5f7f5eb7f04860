package uk.warden.inspect.format.pdf;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.content.HiddenContent;

/**
 * Why a run of characters on a page cannot be seen, grouping them for one finding: the box drawn
 * over them, the layer they sit in, or the way they are drawn.
 */
record Hiding(HiddenContent code, String reason, @Nullable String where, @Nullable Layer layer) {

  static final Hiding RENDER_MODE =
      invisible("drawn in text render mode 3 (neither filled nor stroked), so it never shows");
  static final Hiding OCR_LAYER =
      invisible("in an invisible OCR layer (render mode 3) over a scanned page image");
  static final Hiding UNDER_PAGE_IMAGE =
      invisible("drawn beneath a scanned page image (an OCR layer)");
  static final Hiding TRANSPARENT = invisible("drawn fully transparent");
  static final Hiding CLIPPED = invisible("drawn outside the visible page or clipped away");
  static final Hiding TINY = invisible("drawn smaller than 1 point");
  static final Hiding SAME_COLOUR =
      invisible("drawn in the colour of the page or white box behind it (white on white)");

  private static Hiding invisible(String reason) {
    return new Hiding(HiddenContent.PDF_INVISIBLE_TEXT, reason, null, null);
  }

  /** Grouped by where the cover is: all boxes of one annotation make one finding. */
  static Hiding under(Paint paint) {
    return new Hiding(
        HiddenContent.PDF_TEXT_UNDER_BOX,
        "under " + paint.what() + " painted over them",
        paint.where(),
        null);
  }

  /**
   * Text drawn on a box in the box's own colour: the box hides it just as well as one painted on
   * top, and x-ray counts it as a bad redaction too.
   */
  static Hiding camouflaged(Paint paint) {
    return new Hiding(
        HiddenContent.PDF_TEXT_UNDER_BOX,
        "on " + paint.what() + ", drawn in the box's own colour so that the box hides them",
        paint.where(),
        null);
  }

  static Hiding in(Layer layer) {
    return new Hiding(HiddenContent.PDF_HIDDEN_LAYER, layer.describe(), null, layer);
  }

  /** The range part of the finding's location. */
  @Nullable String range() {
    if (where != null) {
      return where;
    }
    return layer != null ? layer.describe() : null;
  }

  /** A sentence about the finding, without the text itself. */
  String detail(int characters) {
    String count =
        String.format(Locale.UK, "%,d character%s", characters, characters == 1 ? "" : "s");
    return switch (code) {
      case PDF_TEXT_UNDER_BOX ->
          count
              + " of text "
              + (characters == 1 ? "lies " : "lie ")
              + reason
              + "; the text is still in the file and can be copied out";
      case PDF_HIDDEN_LAYER ->
          count + " of text in " + reason + ", which is switched off in the default view";
      default -> count + " of text " + reason;
    };
  }
}
