package uk.warden.inspect.format.pdf;

import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.jspecify.annotations.Nullable;

/**
 * One character as drawn: where its core (baseline to half the em height, the band every letter
 * inks) lies in user space, in which order it was painted, and the state that decides whether
 * anyone can see it.
 *
 * @param clip bounds of the clipping area in force when it was drawn
 * @param em the font size in user space
 */
record Glyph(
    int seq,
    Box core,
    RenderingMode mode,
    int fillRgb,
    int strokeRgb,
    double alpha,
    Box clip,
    @Nullable Layer layer,
    float em) {

  boolean painted() {
    return mode.isFill() || mode.isStroke();
  }

  /** The colour the glyph shows in, or {@link Colours#UNKNOWN} when fill and stroke differ. */
  int colour() {
    if (mode.isFill() && mode.isStroke()) {
      return fillRgb == strokeRgb ? fillRgb : Colours.UNKNOWN;
    }
    return mode.isFill() ? fillRgb : strokeRgb;
  }
}
