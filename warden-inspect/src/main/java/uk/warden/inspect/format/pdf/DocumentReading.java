package uk.warden.inspect.format.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Limits;
import uk.warden.inspect.content.Location;

/**
 * One reading of one opened PDF: its pages (text, hidden text, annotations) in order, then what
 * belongs to the document as a whole (layers, attachments, form, properties, scripts, bookmarks,
 * earlier revisions).
 */
final class DocumentReading implements PageCanvas.Visitor {

  private final PDDocument document;
  private final Limits limits;
  private final Emitter out;
  private final StreamGuard streams;
  private final ReadBudget budget;
  private final OptionalContent layers;
  private final AttachmentReport attachments;
  private final ScriptReport scripts;
  private final AnnotationReport annotations;
  private final Map<Layer, Integer> layerCharacters = new HashMap<>();
  private AnnotationReport.@Nullable PageAnnotations pageAnnotations;

  DocumentReading(
      PDDocument document, Limits limits, Emitter out, StreamGuard streams, ReadBudget budget) {
    this.document = document;
    this.limits = limits;
    this.out = out;
    this.streams = streams;
    this.budget = budget;
    this.layers = OptionalContent.of(document);
    this.attachments = new AttachmentReport(out, streams, limits.maxFileBytes());
    this.scripts = new ScriptReport(out, streams);
    this.annotations = new AnnotationReport(out, streams, attachments, scripts);
  }

  void read() throws IOException {
    if (document.isEncrypted()) {
      out.noteOnEveryFinding(
          "the file is encrypted with an owner password only: it opens without a password,"
              + " and its restrictions do not protect its content");
    }
    List<PDPage> pages = PageWalk.pages(document, limits.maxPages());
    List<PageCanvas.PageTarget> targets = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      targets.add(new PageCanvas.PageTarget(i + 1, pages.get(i)));
    }
    new PageCanvas(budget, layers, streams).read(document, targets, this);
    offLayersWithoutText();
    attachments.fromDocument(document);
    new FormReport(out, streams).read(document, annotations.widgetPages());
    new PropertiesReport(out, streams).read(document);
    scripts.fromDocument(document);
    out.text(out.part("bookmarks"), null, Bookmarks.titles(document));
  }

  @Override
  public List<Paint> startPage(PageCanvas.PageTarget target) {
    AnnotationReport.PageAnnotations read = annotations.read(target.number(), target.page());
    pageAnnotations = read;
    scripts.actions(target.page().getCOSObject(), out.page(target.number()));
    return read.overlays();
  }

  @Override
  public void endPage(PageCanvas.PageTarget target, PageDrawing drawing) {
    Location page = out.page(target.number());
    out.text(page, null, drawing.visibleText());
    for (HiddenText hidden : drawing.hidden()) {
      Hiding hiding = hidden.hiding();
      String range = hiding.range();
      Location where = range == null ? page : page.range(range);
      out.structure(hiding.code(), where, hidden.characters(), hiding.detail(hidden.characters()));
      out.text(where, hiding.code(), hidden.text());
      if (hiding.layer() != null) {
        layerCharacters.merge(hiding.layer(), hidden.characters(), Integer::sum);
      }
    }
    if (drawing.damaged()) {
      out.structure(
          HiddenContent.UNINSPECTABLE,
          page,
          1,
          "some drawing instructions of page "
              + target.number()
              + " are damaged or compressed in an unknown way; what they hold cannot be checked"
              + " for personal data");
    }
    if (drawing.imageOnly()) {
      out.structure(
          HiddenContent.UNINSPECTABLE,
          page,
          1,
          "page "
              + target.number()
              + " is an image with no text layer; it cannot be checked for personal data");
    }
    emitAnnotations();
  }

  @Override
  public void pageFailed(PageCanvas.PageTarget target) {
    out.structure(
        HiddenContent.UNINSPECTABLE,
        out.page(target.number()),
        1,
        "the drawing instructions of page "
            + target.number()
            + " are damaged; its text cannot be checked for personal data");
    emitAnnotations();
  }

  private void emitAnnotations() {
    if (pageAnnotations != null) {
      pageAnnotations.findings().forEach(Runnable::run);
      pageAnnotations = null;
    }
  }

  /** Layers that are off but held no text on any page: still hidden content (images, drawings). */
  private void offLayersWithoutText() {
    for (Layer layer : layers.offLayers()) {
      if (!layerCharacters.containsKey(layer)) {
        out.structure(
            HiddenContent.PDF_HIDDEN_LAYER,
            out.part("layers").range(layer.describe() + ", " + layer.id()),
            0,
            layer.describe()
                + " is switched off in the default view; no text was found in it, but it may"
                + " hold images or drawings");
      }
    }
  }
}
