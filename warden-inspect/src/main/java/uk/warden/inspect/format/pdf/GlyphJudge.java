package uk.warden.inspect.format.pdf;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether a reader of the page can see a glyph, and if not, why. The first reason that
 * applies wins: a switched-off layer, an invisible render mode, full transparency, clipping, a size
 * under one point, a shape painted over it, and last the colour of what lies behind it.
 */
final class GlyphJudge {

  /** How much of a glyph's core a shape must hide: x-ray uses 80% of the character box. */
  private static final double COVERED = 0.7;

  private static final double CLIPPED_AWAY = 0.2;
  private static final double INVISIBLE_ALPHA = 0.05;
  private static final float SMALLEST_READABLE_EM = 1.0f;

  private final PaintIndex paints;
  private final Map<Paint, Hiding> under = new IdentityHashMap<>();
  private final Map<Paint, Hiding> camouflaged = new IdentityHashMap<>();
  private final double pageArea;
  private final boolean scanned;

  GlyphJudge(PaintIndex paints, Box page, boolean scanned) {
    this.paints = paints;
    this.pageArea = page.area();
    this.scanned = scanned;
  }

  @Nullable Hiding judge(Glyph glyph) {
    if (glyph.layer() != null) {
      return Hiding.in(glyph.layer());
    }
    if (!glyph.painted()) {
      return scanned ? Hiding.OCR_LAYER : Hiding.RENDER_MODE;
    }
    if (glyph.alpha() < INVISIBLE_ALPHA) {
      return Hiding.TRANSPARENT;
    }
    if (glyph.core().fractionInside(glyph.clip()) < CLIPPED_AWAY) {
      return Hiding.CLIPPED;
    }
    if (glyph.em() < SMALLEST_READABLE_EM) {
      return Hiding.TINY;
    }
    Paint cover = paints.coverAfter(glyph, COVERED);
    if (cover != null) {
      boolean pageImage = cover.kind() == Paint.Kind.IMAGE && cover.box().area() >= 0.5 * pageArea;
      return pageImage ? Hiding.UNDER_PAGE_IMAGE : under.computeIfAbsent(cover, Hiding::under);
    }
    return camouflage(glyph);
  }

  /**
   * Text in the colour of what lies behind it. Only a known background counts: the bare page
   * (white) or an opaque filled box; behind an image, a gradient or an irregular shape the colour
   * is unknown and nothing is claimed. On a white box or the page it is invisible text; on a
   * visible (non-white) box it is a redaction bar with the text left in.
   */
  private @Nullable Hiding camouflage(Glyph glyph) {
    int colour = glyph.colour();
    if (colour == Colours.UNKNOWN) {
      return null;
    }
    Paint behind = paints.behind(glyph, COVERED);
    if (behind == null) {
      return Colours.same(colour, Colours.WHITE) ? Hiding.SAME_COLOUR : null;
    }
    if (behind.kind() != Paint.Kind.BOX
        || !behind.covers()
        || !Colours.same(colour, behind.rgb())) {
      return null;
    }
    return Colours.same(behind.rgb(), Colours.WHITE)
        ? Hiding.SAME_COLOUR
        : Hiding.camouflaged(behind);
  }
}
