package uk.warden.inspect.format.pdf;

import java.awt.geom.Area;
import java.awt.geom.GeneralPath;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceRGBColor;
import org.apache.pdfbox.contentstream.operator.state.SetLineWidth;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.jspecify.annotations.Nullable;

/**
 * Reads pages the way a viewer paints them. It is PDFBox's text stripper (for its word and line
 * layout) taught to also follow colours, paths, images, clipping and optional content, so that each
 * character can be judged visible or not once the page is done: a box painted later may cover it, a
 * layer may be off, its colour may match what lies behind it. Visible and hidden characters are
 * then laid out as text separately, the hidden ones grouped by why they are hidden.
 */
final class PageCanvas extends PDFTextStripper {

  /** A page to read and its 1-based number. */
  record PageTarget(int number, PDPage page) {}

  /** Told about each page as it is read. */
  interface Visitor {

    /** Shapes over the page that are not page content (annotations), before it is read. */
    List<Paint> startPage(PageTarget target);

    void endPage(PageTarget target, PageDrawing drawing);

    /** The page's content could not be parsed. */
    void pageFailed(PageTarget target);
  }

  private static final int MAX_CONTENT_STREAMS = 10_000;

  private final ReadBudget budget;
  private final OptionalContent layers;
  private final StreamGuard streams;
  private final PaintLog paints;

  private List<PageTarget> targets = List.of();
  private @Nullable Visitor visitor;

  private int pageNumber;
  private Box pageBox = Box.EMPTY;
  private final Map<TextPosition, Glyph> glyphs = new IdentityHashMap<>();
  private List<Paint> overlays = List.of();
  private final PathBuilder path = new PathBuilder();
  private boolean clipPending;
  private final List<@Nullable Layer> layerStack = new ArrayList<>();
  private int layerFloor;
  private int hidingEntries;
  private int formDepth;
  private @Nullable Matrix glyphMatrix;
  private float glyphAdvance;
  private float glyphBottom;
  private float glyphTop = 0.5f;
  private @Nullable Area clipArea;
  private Box clipBox = Box.EMPTY;
  private @Nullable PageDrawing drawing;
  private boolean damaged;

  PageCanvas(ReadBudget budget, OptionalContent layers, StreamGuard streams) throws IOException {
    this.budget = budget;
    this.layers = layers;
    this.streams = streams;
    this.paints = new PaintLog(budget);
    setSortByPosition(false);
    setLineSeparator("\n");
    // Colours and line widths decide what is visible; the text stripper normally skips them.
    addOperator(new SetStrokingColorSpace(this));
    addOperator(new SetNonStrokingColorSpace(this));
    addOperator(new SetStrokingColor(this));
    addOperator(new SetNonStrokingColor(this));
    addOperator(new SetStrokingColorN(this));
    addOperator(new SetNonStrokingColorN(this));
    addOperator(new SetStrokingDeviceGrayColor(this));
    addOperator(new SetNonStrokingDeviceGrayColor(this));
    addOperator(new SetStrokingDeviceRGBColor(this));
    addOperator(new SetNonStrokingDeviceRGBColor(this));
    addOperator(new SetStrokingDeviceCMYKColor(this));
    addOperator(new SetNonStrokingDeviceCMYKColor(this));
    addOperator(new SetLineWidth(this));
    for (String name : PathOperator.NAMES) {
      addOperator(new PathOperator(this, name));
    }
    addOperator(new XObjectOperator(this));
    addOperator(new ImageAndShadingOperator(this, "BI"));
    addOperator(new ImageAndShadingOperator(this, "sh"));
  }

  /** Reads the given pages of the document, in order, telling the visitor about each. */
  void read(PDDocument document, List<PageTarget> pages, Visitor pageVisitor) throws IOException {
    this.targets = pages;
    this.visitor = pageVisitor;
    writeText(document, Writer.nullWriter());
  }

  @Override
  protected void processPages(PDPageTree ignored) throws IOException {
    // Our own page list: walked once, bounded and cycle-free (see PageWalk).
    Visitor pageVisitor = visitor;
    if (pageVisitor == null) {
      return;
    }
    for (PageTarget target : targets) {
      beginPage(target);
      overlays = pageVisitor.startPage(target);
      try {
        if (target.page().hasContents()) {
          guardContents(target.page());
          processPage(target.page());
        }
      } catch (IOException e) {
        pageVisitor.pageFailed(target);
        continue;
      }
      PageDrawing result = drawing;
      if (result == null) {
        result = damaged ? PageDrawing.empty().asDamaged() : PageDrawing.empty();
      }
      pageVisitor.endPage(target, result);
    }
  }

  private void beginPage(PageTarget target) {
    budget.startPage(target.number());
    pageNumber = target.number();
    PDRectangle crop = target.page().getCropBox();
    pageBox =
        Box.of(
            crop.getLowerLeftX(),
            crop.getLowerLeftY(),
            crop.getUpperRightX(),
            crop.getUpperRightY());
    paints.reset(pageBox);
    glyphs.clear();
    overlays = List.of();
    path.clear();
    clipPending = false;
    layerStack.clear();
    layerFloor = 0;
    hidingEntries = 0;
    formDepth = 0;
    glyphMatrix = null;
    clipArea = null;
    drawing = null;
    damaged = false;
  }

  private void guardContents(PDPage page) {
    COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
    String what = "the drawing instructions of page " + pageNumber;
    if (contents instanceof COSStream stream) {
      damaged |= !streams.check(stream, what);
    } else if (contents instanceof COSArray array) {
      if (array.size() > MAX_CONTENT_STREAMS) {
        throw new PdfLimitExceeded(
            "page " + pageNumber + " is split into more than 10,000 content streams");
      }
      for (int i = 0; i < array.size(); i++) {
        if (array.getObject(i) instanceof COSStream stream) {
          damaged |= !streams.check(stream, what);
        }
      }
    }
  }

  @Override
  protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
    budget.operator();
    super.processOperator(operator, operands);
  }

  @Override
  public void saveGraphicsState() {
    if (getGraphicsStackSize() > ReadBudget.MAX_GRAPHICS_DEPTH) {
      throw new PdfLimitExceeded(
          "page " + pageNumber + " saves its graphics state more than 1,024 levels deep");
    }
    super.saveGraphicsState();
  }

  // ---- text

  @Override
  protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
      throws IOException {
    glyphMatrix = textRenderingMatrix;
    glyphAdvance = font.isVertical() ? 0.5f : Math.abs(displacement.getX());
    glyphBottom = 0;
    glyphTop = 0.5f;
    if (font instanceof PDType3Font type3) {
      // Type 3 glyphs are drawn in their own units: the font matrix and box say where the ink is.
      try {
        BoundingBox box = type3.getBoundingBox();
        Matrix fontMatrix = type3.getFontMatrix();
        float low = fontMatrix.transformPoint(0, box.getLowerLeftY()).y;
        float high = fontMatrix.transformPoint(0, box.getUpperRightY()).y;
        if (Float.isFinite(low) && Float.isFinite(high) && low != high) {
          glyphBottom = Math.min(low, high);
          glyphTop = glyphBottom + Math.abs(high - low) / 2;
        }
      } catch (RuntimeException e) {
        // keep the usual band
      }
    }
    super.showGlyph(textRenderingMatrix, font, code, displacement);
  }

  @Override
  protected void processTextPosition(TextPosition text) {
    budget.glyph();
    Matrix matrix = glyphMatrix != null ? glyphMatrix : text.getTextMatrix();
    float advance = glyphAdvance > 0.01f ? glyphAdvance : 0.5f;
    Box core = core(matrix, advance, glyphBottom, glyphTop);
    PDGraphicsState state = getGraphicsState();
    var mode = state.getTextState().getRenderingMode();
    glyphs.put(
        text,
        new Glyph(
            paints.next(),
            core,
            mode,
            paints.fillColour(state),
            paints.strokeColour(state),
            mode.isFill() ? state.getNonStrokeAlphaConstant() : state.getAlphaConstant(),
            clipBounds(),
            hidingLayer(),
            matrix.getScalingFactorY() * 2 * (glyphTop - glyphBottom)));
    super.processTextPosition(text);
  }

  /** Baseline to half the em, across the advance: the band every letter inks. */
  private static Box core(Matrix matrix, float advance, float bottom, float top) {
    Point2D.Float a = matrix.transformPoint(0, bottom);
    Point2D.Float b = matrix.transformPoint(advance, bottom);
    Point2D.Float c = matrix.transformPoint(0, top);
    Point2D.Float d = matrix.transformPoint(advance, top);
    return new Box(
        Math.min(Math.min(a.x, b.x), Math.min(c.x, d.x)),
        Math.min(Math.min(a.y, b.y), Math.min(c.y, d.y)),
        Math.max(Math.max(a.x, b.x), Math.max(c.x, d.x)),
        Math.max(Math.max(a.y, b.y), Math.max(c.y, d.y)));
  }

  // ---- optional content

  @Override
  public void beginMarkedContentSequence(COSName tag, @Nullable COSDictionary properties) {
    if (layerStack.size() >= ReadBudget.MAX_MARKED_CONTENT_DEPTH) {
      throw new PdfLimitExceeded(
          "page " + pageNumber + " nests marked content more than 1,024 levels deep");
    }
    push(COSName.OC.equals(tag) ? layers.hiding(properties) : null);
    super.beginMarkedContentSequence(tag, properties);
  }

  @Override
  public void endMarkedContentSequence() {
    if (layerStack.size() > layerFloor) {
      pop();
    }
    super.endMarkedContentSequence();
  }

  private void push(@Nullable Layer layer) {
    layerStack.add(layer);
    if (layer != null) {
      hidingEntries++;
    }
  }

  private void pop() {
    if (layerStack.remove(layerStack.size() - 1) != null) {
      hidingEntries--;
    }
  }

  private @Nullable Layer hidingLayer() {
    if (hidingEntries == 0) {
      return null;
    }
    for (Layer layer : layerStack) {
      if (layer != null) {
        return layer;
      }
    }
    return null;
  }

  // ---- forms and images

  void drawForm(PDFormXObject form) throws IOException {
    if (formDepth >= ReadBudget.MAX_FORM_DEPTH) {
      throw new PdfLimitExceeded(
          "page "
              + pageNumber
              + " draws drawings inside drawings more than "
              + ReadBudget.MAX_FORM_DEPTH
              + " levels deep (a drawing that contains itself?)");
    }
    budget.form();
    if (!streams.check(form.getCOSObject(), "a drawing on page " + pageNumber)) {
      damaged = true;
      return;
    }
    int outerFloor = layerFloor;
    int outerSize = layerStack.size();
    push(layers.hiding(form.getCOSObject().getCOSDictionary(COSName.OC)));
    layerFloor = layerStack.size();
    formDepth++;
    try {
      showForm(form);
    } finally {
      formDepth--;
      while (layerStack.size() > outerSize) {
        pop();
      }
      layerFloor = outerFloor;
    }
  }

  void drawImage(COSStream image) {
    if (hidingLayer() != null || layers.hiding(image.getCOSDictionary(COSName.OC)) != null) {
      return;
    }
    boolean masked =
        image.getDictionaryObject(COSName.SMASK) != null
            || image.getDictionaryObject(COSName.MASK) != null
            || image.getBoolean(COSName.IMAGE_MASK, false);
    paints.image(getGraphicsState(), clipBounds(), masked, "image " + ObjectIds.of(image));
  }

  void drawInlineImage(@Nullable COSDictionary parameters) {
    if (hidingLayer() != null) {
      return;
    }
    boolean masked =
        parameters != null
            && (parameters.getBoolean(COSName.IM, false)
                || parameters.getBoolean(COSName.IMAGE_MASK, false));
    paints.image(getGraphicsState(), clipBounds(), masked, "inline image");
  }

  void drawShading() {
    if (hidingLayer() == null) {
      paints.shading(clipBounds());
    }
  }

  // ---- paths

  void moveTo(float x, float y) {
    Point2D.Float p = transformedPoint(x, y);
    path.moveTo(p.x, p.y);
  }

  void lineTo(float x, float y) {
    Point2D.Float p = transformedPoint(x, y);
    path.lineTo(p.x, p.y);
  }

  void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    Point2D.Float a = transformedPoint(x1, y1);
    Point2D.Float b = transformedPoint(x2, y2);
    Point2D.Float c = transformedPoint(x3, y3);
    path.curveTo(a.x, a.y, b.x, b.y, c.x, c.y);
  }

  void rectangle(float x, float y, float width, float height) {
    Point2D.Float a = transformedPoint(x, y);
    Point2D.Float b = transformedPoint(x + width, y);
    Point2D.Float c = transformedPoint(x + width, y + height);
    Point2D.Float d = transformedPoint(x, y + height);
    path.rectangle(new float[] {a.x, a.y, b.x, b.y, c.x, c.y, d.x, d.y});
  }

  void closePath() {
    path.close();
  }

  void clipWithPath() {
    clipPending = true;
  }

  /** A painting operator (or {@code n}) ends the path; a pending clip takes effect after it. */
  void paintPath(boolean fill, boolean evenOdd, boolean stroke) {
    if (hidingLayer() == null) {
      PDGraphicsState state = getGraphicsState();
      if (fill) {
        paints.fill(path.subpaths(), evenOdd, state, clipBounds());
      }
      if (stroke) {
        paints.stroke(path.subpaths(), transformWidth(state.getLineWidth()), state, clipBounds());
      }
    }
    if (clipPending && !path.isEmpty()) {
      Box bounds = path.bounds();
      // The bounds of the clip, not its shape: text is only ever judged clipped when wholly
      // outside.
      getGraphicsState()
          .intersectClippingPath(
              new GeneralPath(
                  new Rectangle2D.Float(
                      bounds.x0(), bounds.y0(), bounds.width(), bounds.height())));
    }
    clipPending = false;
    path.clear();
  }

  private Box clipBounds() {
    Area area = getGraphicsState().getCurrentClippingPath();
    if (area != clipArea) {
      clipArea = area;
      clipBox = Box.of(area.getBounds2D());
    }
    return clipBox;
  }

  // ---- the page's text, visible and hidden

  @Override
  protected void writePage() throws IOException {
    List<Paint> all = new ArrayList<>(paints.paints());
    for (Paint overlay : overlays) {
      if (overlay.box().overlaps(pageBox)) {
        all.add(overlay);
      }
    }
    double coverage = paints.imageCoverage();
    GlyphJudge judge =
        new GlyphJudge(new PaintIndex(all, pageBox, budget), pageBox, coverage >= 0.5);

    List<List<TextPosition>> visible = new ArrayList<>();
    Map<Hiding, List<TextPosition>> hidden = new LinkedHashMap<>();
    int characters = 0;
    for (List<TextPosition> article : charactersByArticle) {
      List<TextPosition> shown = new ArrayList<>();
      for (TextPosition position : article) {
        characters += inked(position);
        Glyph glyph = glyphs.get(position);
        Hiding hiding = glyph == null ? null : judge.judge(glyph);
        if (hiding == null) {
          shown.add(position);
        } else {
          hidden.computeIfAbsent(hiding, h -> new ArrayList<>()).add(position);
        }
      }
      visible.add(shown);
    }

    Writer original = output;
    try {
      String visibleText = layOut(visible);
      List<HiddenText> hiddenTexts = new ArrayList<>();
      for (Map.Entry<Hiding, List<TextPosition>> entry : hidden.entrySet()) {
        int count = entry.getValue().stream().mapToInt(PageCanvas::inked).sum();
        if (count > 0) {
          hiddenTexts.add(new HiddenText(entry.getKey(), layOut(List.of(entry.getValue())), count));
        }
      }
      drawing = new PageDrawing(visibleText, hiddenTexts, coverage, characters, damaged);
    } finally {
      output = original;
    }
  }

  /** Lays characters out as lines and words with the text stripper's own rules. */
  private String layOut(List<List<TextPosition>> articles) throws IOException {
    StringWriter text = new StringWriter();
    output = text;
    charactersByArticle.clear();
    for (List<TextPosition> article : articles) {
      charactersByArticle.add(new ArrayList<>(article));
    }
    super.writePage();
    return text.toString();
  }

  private static int inked(TextPosition position) {
    String unicode = position.getUnicode();
    int count = 0;
    for (int i = 0; i < unicode.length(); i++) {
      if (!Character.isWhitespace(unicode.charAt(i))) {
        count++;
      }
    }
    return count;
  }
}
