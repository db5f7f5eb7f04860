package uk.warden.inspect.format.pdf;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds, for a glyph, the shapes painted over it or behind it without comparing every glyph with
 * every shape: shapes are filed in a grid over the page, large ones in a list of their own.
 */
final class PaintIndex {

  private static final int GRID = 32;
  private static final int LARGE_CELLS = 64;

  private final List<Paint> paints;
  private final ReadBudget budget;
  private final Box area;
  private final float cellWidth;
  private final float cellHeight;
  private final int[][] cells = new int[GRID * GRID][];
  private final int[] cellSizes = new int[GRID * GRID];
  private int[] large = new int[16];
  private int largeSize;
  private final int[] stamps;
  private int query;

  PaintIndex(List<Paint> paints, Box page, ReadBudget budget) {
    this.paints = paints;
    this.budget = budget;
    this.area = page.isEmpty() ? new Box(0, 0, 612, 792) : page;
    this.cellWidth = area.width() / GRID;
    this.cellHeight = area.height() / GRID;
    this.stamps = new int[paints.size()];
    for (int i = 0; i < paints.size(); i++) {
      file(i, paints.get(i).box());
    }
  }

  /** The first shape painted after the glyph that hides at least {@code fraction} of it. */
  @Nullable Paint coverAfter(Glyph glyph, double fraction) {
    Paint best = null;
    int[] found = candidates(glyph.core());
    for (int k = 1; k <= found[0]; k++) {
      Paint paint = paints.get(found[k]);
      if (paint.covers()
          && paint.seq() > glyph.seq()
          && (best == null || paint.seq() < best.seq())
          && glyph.core().fractionInside(paint.box()) >= fraction) {
        best = paint;
      }
    }
    return best;
  }

  /** The last shape painted before the glyph behind at least {@code fraction} of it. */
  @Nullable Paint behind(Glyph glyph, double fraction) {
    Paint best = null;
    int[] found = candidates(glyph.core());
    for (int k = 1; k <= found[0]; k++) {
      Paint paint = paints.get(found[k]);
      if (paint.seq() < glyph.seq()
          && (best == null || paint.seq() > best.seq())
          && glyph.core().fractionInside(paint.box()) >= fraction) {
        best = paint;
      }
    }
    return best;
  }

  private int[] candidates(Box box) {
    query++;
    int[] found = new int[1 + Math.min(paints.size(), 64)];
    int fromX = column(box.x0());
    int toX = column(box.x1());
    int fromY = row(box.y0());
    int toY = row(box.y1());
    for (int y = fromY; y <= toY; y++) {
      for (int x = fromX; x <= toX; x++) {
        int cell = y * GRID + x;
        for (int k = 0; k < cellSizes[cell]; k++) {
          found = take(found, cells[cell][k]);
        }
      }
    }
    for (int k = 0; k < largeSize; k++) {
      found = take(found, large[k]);
    }
    budget.coverChecks(found[0] + 1L);
    return found;
  }

  private int[] take(int[] found, int index) {
    if (stamps[index] == query) {
      return found;
    }
    stamps[index] = query;
    if (found[0] + 1 >= found.length) {
      found = java.util.Arrays.copyOf(found, found.length * 2);
    }
    found[++found[0]] = index;
    return found;
  }

  private void file(int index, Box box) {
    int fromX = column(box.x0());
    int toX = column(box.x1());
    int fromY = row(box.y0());
    int toY = row(box.y1());
    if ((toX - fromX + 1) * (toY - fromY + 1) > LARGE_CELLS) {
      if (largeSize == large.length) {
        large = java.util.Arrays.copyOf(large, largeSize * 2);
      }
      large[largeSize++] = index;
      return;
    }
    for (int y = fromY; y <= toY; y++) {
      for (int x = fromX; x <= toX; x++) {
        int cell = y * GRID + x;
        if (cells[cell] == null) {
          cells[cell] = new int[4];
        } else if (cellSizes[cell] == cells[cell].length) {
          cells[cell] = java.util.Arrays.copyOf(cells[cell], cellSizes[cell] * 2);
        }
        cells[cell][cellSizes[cell]++] = index;
      }
    }
  }

  private int column(float x) {
    return clamp((int) Math.floor((x - area.x0()) / cellWidth));
  }

  private int row(float y) {
    return clamp((int) Math.floor((y - area.y0()) / cellHeight));
  }

  private static int clamp(int cell) {
    return Math.max(0, Math.min(GRID - 1, cell));
  }
}
