package uk.warden.inspect.format.pdf;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.graphics.blend.BlendMode;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * The shapes one page paints, in painting order, with their visible bounds, colour and whether they
 * are opaque enough to hide text. Also hands out the painting order to glyphs, so that "drawn
 * after" can be decided between a glyph and a box.
 */
final class PaintLog {

  private static final double OPAQUE = 0.9;

  /** Thinner strokes are rules and underlines, not marker pens. */
  private static final float THICK_LINE = 3f;

  private static final int MAX_EVEN_ODD_COMPARISONS = 200;

  private final ReadBudget budget;
  private final Colours fills = new Colours();
  private final Colours strokes = new Colours();
  private final List<Paint> paints = new ArrayList<>();
  private Box page = Box.EMPTY;
  private int seq;
  private double imageArea;

  PaintLog(ReadBudget budget) {
    this.budget = budget;
  }

  void reset(Box pageBox) {
    page = pageBox;
    paints.clear();
    seq = 0;
    imageArea = 0;
  }

  /** The next position in painting order. */
  int next() {
    return ++seq;
  }

  int fillColour(PDGraphicsState state) {
    return fills.rgb(state.getNonStrokingColor());
  }

  int strokeColour(PDGraphicsState state) {
    return strokes.rgb(state.getStrokingColor());
  }

  List<Paint> paints() {
    return paints;
  }

  /** The share of the page that images cover, from 0 to 1. */
  double imageCoverage() {
    return page.area() > 0 ? Math.min(1, imageArea / page.area()) : 0;
  }

  void fill(List<SubPath> subpaths, boolean evenOdd, PDGraphicsState state, Box clip) {
    int rgb = fillColour(state);
    boolean opaque = opaque(state.getNonStrokeAlphaConstant(), state, rgb);
    for (int i = 0; i < subpaths.size(); i++) {
      SubPath subpath = subpaths.get(i);
      Box box = subpath.bounds().intersect(clip);
      if (box.width() < 0.5f || box.height() < 0.5f) {
        continue;
      }
      // With the even-odd rule a box inside another punches a hole: neither is a solid box.
      boolean solid = subpath.isRectangle() && !(evenOdd && overlapsAnother(subpaths, i));
      if (solid) {
        add(Paint.of(next(), box, Paint.Kind.BOX, rgb, opaque));
      } else {
        add(Paint.of(next(), box, Paint.Kind.SHAPE, opaque ? rgb : Colours.UNKNOWN, false));
      }
    }
  }

  /** Only thick straight strokes are kept: a marker line drawn over text hides it like a box. */
  void stroke(List<SubPath> subpaths, float width, PDGraphicsState state, Box clip) {
    if (!(width >= THICK_LINE)) {
      return;
    }
    int rgb = strokeColour(state);
    boolean opaque = opaque(state.getAlphaConstant(), state, rgb);
    for (SubPath subpath : subpaths) {
      for (Box segment : subpath.straightSegments(width / 2)) {
        Box box = segment.intersect(clip);
        if (!box.isEmpty()) {
          add(Paint.of(next(), box, Paint.Kind.LINE, rgb, opaque));
        }
      }
    }
  }

  /** An image fills the unit square of the current transformation; its pixels are never read. */
  void image(PDGraphicsState state, Box clip, boolean masked, String name) {
    Matrix ctm = state.getCurrentTransformationMatrix();
    float[] corners = {0, 0, 1, 0, 0, 1, 1, 1};
    Box box = null;
    for (int i = 0; i < corners.length; i += 2) {
      Point2D.Float p = ctm.transformPoint(corners[i], corners[i + 1]);
      Box point = new Box(p.x, p.y, p.x, p.y);
      box = box == null ? point : box.union(point);
    }
    Box visible = box.intersect(clip);
    if (visible.isEmpty()) {
      return;
    }
    imageArea += visible.intersect(page).area();
    boolean opaque =
        !masked && state.getNonStrokeAlphaConstant() >= OPAQUE && state.getSoftMask() == null;
    add(new Paint(next(), visible, Paint.Kind.IMAGE, Colours.UNKNOWN, opaque, null, name));
  }

  /** A gradient fills the whole clipping area. */
  void shading(Box clip) {
    Box box = clip.intersect(page);
    if (!box.isEmpty()) {
      add(Paint.of(next(), box, Paint.Kind.SHADING, Colours.UNKNOWN, false));
    }
  }

  private void add(Paint paint) {
    budget.paint();
    paints.add(paint);
  }

  private static boolean overlapsAnother(List<SubPath> subpaths, int index) {
    if (subpaths.size() > MAX_EVEN_ODD_COMPARISONS) {
      return true;
    }
    Box box = subpaths.get(index).bounds();
    for (int i = 0; i < subpaths.size(); i++) {
      if (i != index && subpaths.get(i).bounds().overlaps(box)) {
        return true;
      }
    }
    return false;
  }

  /** Opaque enough to hide what is under it; multiply only darkens, so only dark fills hide. */
  private static boolean opaque(double alpha, PDGraphicsState state, int rgb) {
    if (alpha < OPAQUE || state.getSoftMask() != null) {
      return false;
    }
    BlendMode mode = state.getBlendMode();
    if (mode == BlendMode.NORMAL || mode == BlendMode.COMPATIBLE) {
      return true;
    }
    return (mode == BlendMode.MULTIPLY || mode == BlendMode.DARKEN) && Colours.dark(rgb);
  }
}
