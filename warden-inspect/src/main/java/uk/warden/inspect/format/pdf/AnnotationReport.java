package uk.warden.inspect.format.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Location;

/**
 * A page's annotations other than links and form widgets: notes, free text, markup, stamps, pop-ups
 * without a parent, and redaction marks. Their text and author go to the scan. Those that paint
 * over the page (a filled Square, an unapplied Redact, a dark Highlight) are also returned as
 * overlays, so that the text under them is found; a Redact annotation is itself a finding, because
 * until it is applied the text it marks stays in the file.
 */
final class AnnotationReport {

  private static final int MAX_ANNOTATIONS = 10_000;
  private static final int FLAG_HIDDEN = 1 << 1;
  private static final int FLAG_NO_VIEW = 1 << 5;
  private static final double OPAQUE = 0.9;

  private static final COSName IC = COSName.getPDFName("IC");
  private static final COSName QUAD_POINTS = COSName.getPDFName("QuadPoints");
  private static final COSName SUBJ = COSName.getPDFName("Subj");
  private static final COSName RC = COSName.getPDFName("RC");
  private static final COSName POPUP = COSName.getPDFName("Popup");

  /** What one page's annotations hold, gathered before its content is read. */
  record PageAnnotations(List<Paint> overlays, List<Runnable> findings) {}

  private final Emitter out;
  private final StreamGuard streams;
  private final AttachmentReport attachments;
  private final ScriptReport scripts;
  private final Map<COSDictionary, Integer> widgetPages = new IdentityHashMap<>();

  AnnotationReport(
      Emitter out, StreamGuard streams, AttachmentReport attachments, ScriptReport scripts) {
    this.out = out;
    this.streams = streams;
    this.attachments = attachments;
    this.scripts = scripts;
  }

  /** The page each form widget sits on, for locating form fields. */
  Map<COSDictionary, Integer> widgetPages() {
    return widgetPages;
  }

  PageAnnotations read(int number, PDPage page) {
    List<Paint> overlays = new ArrayList<>();
    List<Runnable> findings = new ArrayList<>();
    COSArray annotations = page.getCOSObject().getCOSArray(COSName.ANNOTS);
    if (annotations == null) {
      return new PageAnnotations(overlays, findings);
    }
    if (annotations.size() > MAX_ANNOTATIONS) {
      throw new PdfLimitExceeded(
          "page "
              + number
              + " has more than "
              + ReadBudget.count(MAX_ANNOTATIONS)
              + " annotations");
    }
    for (int i = 0; i < annotations.size(); i++) {
      if (annotations.getObject(i) instanceof COSDictionary annotation) {
        try {
          read(number, annotation, overlays, findings);
        } catch (IOException e) {
          Location where = out.page(number).range("annotation, " + ObjectIds.of(annotation));
          findings.add(
              () ->
                  out.structure(
                      HiddenContent.UNINSPECTABLE,
                      where,
                      1,
                      "an annotation on page " + number + " is damaged and cannot be checked"));
        }
      }
    }
    return new PageAnnotations(overlays, findings);
  }

  private void read(
      int number, COSDictionary annotation, List<Paint> overlays, List<Runnable> findings)
      throws IOException {
    COSName subtypeName = annotation.getCOSName(COSName.SUBTYPE);
    String subtype = subtypeName == null ? "unknown" : subtypeName.getName();
    Location where = out.page(number).range(subtype + " annotation, " + ObjectIds.of(annotation));
    if ("Widget".equals(subtype)) {
      widgetPages.putIfAbsent(annotation, number);
      scripts.actions(annotation, where);
      return;
    }
    if ("Link".equals(subtype)) {
      scripts.actions(annotation, where);
      return;
    }
    if ("Popup".equals(subtype) && annotation.getDictionaryObject(COSName.PARENT) != null) {
      return;
    }
    int flags = annotation.getInt(COSName.F, 0);
    boolean hidden = (flags & (FLAG_HIDDEN | FLAG_NO_VIEW)) != 0;
    String contents = annotation.getString(COSName.CONTENTS);
    if (contents == null || contents.isBlank()) {
      String rich = Texts.of(annotation.getDictionaryObject(RC), streams, 1L << 20);
      contents = rich == null ? null : Texts.withoutTags(rich);
    }
    String author = annotation.getString(COSName.T);
    String subject = annotation.getString(SUBJ);
    String detail = detail(subtype, contents, author, hidden, annotation);
    String text = contents;
    findings.add(
        () -> {
          out.structure(HiddenContent.PDF_ANNOTATIONS, where, 1, detail);
          out.text(where, HiddenContent.PDF_ANNOTATIONS, text);
          out.text(where, HiddenContent.PDF_ANNOTATIONS, author);
          out.text(where, HiddenContent.PDF_ANNOTATIONS, subject);
        });
    overlays.addAll(overlays(subtype, annotation, hidden, where));
    if ("FileAttachment".equals(subtype)) {
      attachments.fromAnnotation(annotation, where);
    }
    scripts.actions(annotation, where);
  }

  private static String detail(
      String subtype,
      @Nullable String contents,
      @Nullable String author,
      boolean hidden,
      COSDictionary annotation) {
    StringBuilder detail = new StringBuilder();
    detail.append(
        switch (subtype) {
          case "Text" -> "a sticky note (Text annotation)";
          case "FreeText" -> "a text box (FreeText annotation)";
          case "Redact" ->
              "a redaction marked but never applied (Redact annotation): "
                  + "the text it marks is still in the file";
          case "FileAttachment" -> "a file attachment annotation";
          case "Stamp" -> "a stamp annotation";
          case "Popup" -> "a pop-up annotation";
          case "Highlight", "Underline", "StrikeOut", "Squiggly" ->
              "a text markup annotation (" + subtype + ")";
          default -> "a " + subtype + " annotation";
        });
    List<String> holds = new ArrayList<>();
    if (contents != null && !contents.isBlank()) {
      holds.add(Texts.plural(contents.length(), "character") + " of comment text");
    }
    if (author != null && !author.isBlank()) {
      holds.add("an author name");
    }
    if (annotation.getDictionaryObject(POPUP) != null) {
      holds.add("a pop-up");
    }
    if (!holds.isEmpty()) {
      String last = holds.remove(holds.size() - 1);
      detail.append(" with ");
      if (!holds.isEmpty()) {
        detail.append(String.join(", ", holds)).append(" and ");
      }
      detail.append(last);
    }
    if (hidden) {
      detail.append("; it is flagged hidden, so viewers do not show it");
    }
    return detail.toString();
  }

  private static List<Paint> overlays(
      String subtype, COSDictionary annotation, boolean hidden, Location where) {
    String what;
    switch (subtype) {
      case "Redact" -> what = "a redaction marked but never applied (Redact annotation)";
      case "Square" -> {
        int interior = colour(annotation.getCOSArray(IC));
        if (hidden || interior == Colours.UNKNOWN || opacity(annotation) < OPAQUE) {
          return List.of();
        }
        what = "a " + Colours.name(interior) + " filled Square annotation";
      }
      case "Highlight" -> {
        int colour = colour(annotation.getCOSArray(COSName.C));
        if (hidden || !Colours.dark(colour) || opacity(annotation) < OPAQUE) {
          return List.of();
        }
        what = "a dark Highlight annotation (marker pen over the text)";
      }
      default -> {
        return List.of();
      }
    }
    List<Paint> overlays = new ArrayList<>();
    String range = where.range() == null ? subtype + " annotation" : where.range();
    for (Box box : boxes(annotation)) {
      overlays.add(
          new Paint(
              Paint.AFTER_CONTENT, box, Paint.Kind.ANNOTATION, Colours.UNKNOWN, true, what, range));
    }
    return overlays;
  }

  /** The quadrilaterals of markup and redactions, else the annotation's rectangle. */
  private static List<Box> boxes(COSDictionary annotation) {
    List<Box> boxes = new ArrayList<>();
    float[] quads = numbers(annotation.getCOSArray(QUAD_POINTS), 8 * 1_000);
    for (int i = 0; i + 7 < quads.length; i += 8) {
      Box box = Box.of(quads[i], quads[i + 1], quads[i + 2], quads[i + 3]);
      for (int k = 4; k < 8; k += 2) {
        box = box.union(Box.of(quads[i + k], quads[i + k + 1], quads[i + k], quads[i + k + 1]));
      }
      if (!box.isEmpty()) {
        boxes.add(box);
      }
    }
    if (boxes.isEmpty()) {
      float[] rect = numbers(annotation.getCOSArray(COSName.RECT), 4);
      if (rect.length == 4) {
        Box box = Box.of(rect[0], rect[1], rect[2], rect[3]);
        if (!box.isEmpty()) {
          boxes.add(box);
        }
      }
    }
    return boxes;
  }

  private static float[] numbers(@Nullable COSArray array, int max) {
    if (array == null) {
      return new float[0];
    }
    int size = Math.min(array.size(), max);
    float[] numbers = new float[size];
    for (int i = 0; i < size; i++) {
      if (!(array.getObject(i) instanceof COSNumber number)) {
        return new float[0];
      }
      numbers[i] = number.floatValue();
    }
    return numbers;
  }

  /** An annotation colour array (gray, RGB or CMYK) as RGB; unknown when absent or empty. */
  private static int colour(@Nullable COSArray array) {
    float[] c = numbers(array, 4);
    float r;
    float g;
    float b;
    switch (c.length) {
      case 1 -> {
        r = c[0];
        g = c[0];
        b = c[0];
      }
      case 3 -> {
        r = c[0];
        g = c[1];
        b = c[2];
      }
      case 4 -> {
        r = (1 - c[0]) * (1 - c[3]);
        g = (1 - c[1]) * (1 - c[3]);
        b = (1 - c[2]) * (1 - c[3]);
      }
      default -> {
        return Colours.UNKNOWN;
      }
    }
    return (channel(r) << 16) | (channel(g) << 8) | channel(b);
  }

  private static int channel(float value) {
    return Math.round(Math.max(0, Math.min(1, value)) * 255);
  }

  private static double opacity(COSDictionary annotation) {
    COSBase ca = annotation.getDictionaryObject(COSName.CA);
    return ca instanceof COSNumber number ? number.floatValue() : 1.0;
  }
}
