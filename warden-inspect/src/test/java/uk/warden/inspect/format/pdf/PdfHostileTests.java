package uk.warden.inspect.format.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static uk.warden.inspect.format.pdf.PdfFixtures.onePage;
import static uk.warden.inspect.format.pdf.PdfFixtures.read;
import static uk.warden.inspect.format.pdf.PdfFixtures.text;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Limits;
import uk.warden.inspect.content.RecordingSink;
import uk.warden.inspect.content.UnreadableException;

class PdfHostileTests {

  private static final Duration BOUND = Duration.ofSeconds(30);

  private static final String PAGE_TREE = "<< /Type /Pages /Kids [3 0 R] /Count 1 >>";

  @Test
  void garbageIsNotAPdf() {
    byte[] garbage = new byte[50_000];
    new Random(7).nextBytes(garbage);

    assertUnreadable(garbage, "not a PDF");
  }

  @Test
  void aTruncatedPdfIsRefused() {
    byte[] pdf = onePage((d, p, content) -> text(content, 72, 700, "John Smith"));

    assertUnreadable(Arrays.copyOf(pdf, pdf.length / 2), "truncated");
  }

  @Test
  void aPdfWithNothingButAHeaderAndAnEndMarkerIsDamaged() {
    byte[] pdf = "%PDF-1.7\nthis is not a document\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    assertUnreadable(pdf, "damaged");
  }

  @Test
  void aDrawingThatDrawsItselfIsRefused() {
    RawPdf raw = new RawPdf();
    int catalog = raw.add("<< /Type /Catalog /Pages 2 0 R >>");
    raw.add(PAGE_TREE);
    raw.add(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]"
            + " /Resources << /XObject << /X 4 0 R >> >> /Contents 5 0 R >>");
    raw.stream(
        "/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << /X 4 0 R >> >>",
        "/X Do");
    raw.stream("", "/X Do");

    assertUnreadable(raw.build(catalog), "levels deep");
  }

  @Test
  void drawingsNestedHundredsDeepAreRefused() {
    RawPdf raw = new RawPdf();
    int catalog = raw.add("<< /Type /Catalog /Pages 2 0 R >>");
    raw.add(PAGE_TREE);
    raw.add(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]"
            + " /Resources << /XObject << /X 5 0 R >> >> /Contents 4 0 R >>");
    raw.stream("", "/X Do");
    int depth = 300;
    for (int i = 0; i < depth; i++) {
      int next = 5 + i + 1;
      raw.stream(
          "/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << /X "
              + next
              + " 0 R >> >>",
          i == depth - 1 ? "0 0 m" : "q /X Do Q");
    }

    assertUnreadable(raw.build(catalog), "levels deep");
  }

  @Test
  void aDrawingThatMultipliesItselfIsRefusedInBoundedTime() {
    // Eight forms, each drawing the next ten times: 100 million drawing instructions.
    RawPdf raw = new RawPdf();
    int catalog = raw.add("<< /Type /Catalog /Pages 2 0 R >>");
    raw.add(PAGE_TREE);
    raw.add(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]"
            + " /Resources << /XObject << /X 5 0 R >> >> /Contents 4 0 R >>");
    String tenTimes = "/X Do ".repeat(10);
    raw.stream("", tenTimes);
    for (int i = 0; i < 8; i++) {
      raw.stream(
          "/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << /X "
              + (6 + i)
              + " 0 R >> >>",
          i == 7 ? "0 0 m" : tenTimes);
    }

    assertUnreadable(raw.build(catalog), "drawing instructions");
  }

  @Test
  void aFileClaimingAHundredThousandPagesIsRefused() {
    RawPdf raw = new RawPdf();
    int catalog = raw.add("<< /Type /Catalog /Pages 2 0 R >>");
    raw.add("<< /Type /Pages /Kids [3 0 R] /Count 100000 >>");
    raw.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>");

    assertUnreadable(raw.build(catalog), "declares 100,000 pages");
  }

  @Test
  void moreRealPagesThanTheLimitAreRefusedWhateverTheDeclaredCount() {
    RawPdf raw = new RawPdf();
    int catalog = raw.add("<< /Type /Catalog /Pages 2 0 R >>");
    raw.add("<< /Type /Pages /Kids [3 0 R 4 0 R 5 0 R] /Count 1 >>");
    for (int i = 0; i < 3; i++) {
      raw.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>");
    }
    Limits defaults = Limits.defaults();
    Limits twoPages =
        new Limits(
            defaults.maxFileBytes(),
            defaults.maxExpandedBytes(),
            defaults.maxCompressionRatio(),
            defaults.maxEntries(),
            defaults.maxCells(),
            defaults.maxNesting(),
            2);

    assertThatThrownBy(() -> read(raw.build(catalog), twoPages))
        .isInstanceOf(UnreadableException.class)
        .hasMessageContaining("more than 2 pages");
  }

  @Test
  void aPageTreeThatContainsItselfIsReadOnce() throws Exception {
    RawPdf raw = new RawPdf();
    int catalog = raw.add("<< /Type /Catalog /Pages 2 0 R >>");
    raw.add("<< /Type /Pages /Kids [3 0 R 2 0 R 4 0 R] /Count 2 >>");
    raw.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R >>");
    raw.add("<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 4 0 R] /Count 1 >>");
    raw.stream("", "BT /F1 12 Tf 72 700 Td (Hello) Tj ET");

    RecordingSink sink = bounded(() -> read(raw.build(catalog)));

    assertThat(sink.texts).hasSize(1);
  }

  @Test
  void aCompressionBombIsRefusedBeforeItIsDecoded() throws Exception {
    ByteArrayOutputStream deflated = new ByteArrayOutputStream();
    try (DeflaterOutputStream out =
        new DeflaterOutputStream(deflated, new Deflater(Deflater.BEST_COMPRESSION))) {
      byte[] spaces = new byte[1 << 20];
      Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 40; i++) {
        out.write(spaces);
      }
    }
    RawPdf raw = new RawPdf();
    int catalog = raw.add("<< /Type /Catalog /Pages 2 0 R >>");
    raw.add(PAGE_TREE);
    raw.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>");
    raw.stream("/Filter /FlateDecode", deflated.toByteArray());

    assertUnreadable(raw.build(catalog), "compression bomb");
  }

  @Test
  void xmlEntitiesInXmpAreNotExpanded() throws Exception {
    StringBuilder entities = new StringBuilder("<!ENTITY a0 'John Smith '>");
    for (int i = 1; i < 10; i++) {
      entities.append("<!ENTITY a").append(i).append(" '");
      entities.append(("&a" + (i - 1) + ";").repeat(10)).append("'>");
    }
    String xmp =
        "<?xml version='1.0'?><!DOCTYPE x:xmpmeta ["
            + entities
            + "]><x:xmpmeta xmlns:x='adobe:ns:meta/'>"
            + "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
            + "<rdf:Description xmlns:dc='http://purl.org/dc/elements/1.1/'>"
            + "<dc:title>&a9;</dc:title></rdf:Description></rdf:RDF></x:xmpmeta>";
    byte[] pdf =
        PdfFixtures.document(
            d -> {
              PdfFixtures.addPage(d, (x, p, content) -> text(content, 72, 700, "Report"));
              PDMetadata metadata = new PDMetadata(d);
              metadata.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
              d.getDocumentCatalog().setMetadata(metadata);
            });

    RecordingSink sink = bounded(() -> read(pdf));

    assertThat(sink.allText()).doesNotContain("John Smith");
    assertThat(sink.allText().length()).isLessThan(1_000);
  }

  @Test
  void graphicsStatesSavedThousandsDeepAreRefused() {
    RawPdf raw = new RawPdf();
    int catalog = raw.add("<< /Type /Catalog /Pages 2 0 R >>");
    raw.add(PAGE_TREE);
    raw.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>");
    raw.stream("", "q ".repeat(5_000));

    assertUnreadable(raw.build(catalog), "graphics state");
  }

  @Test
  void unbalancedMarkedContentIsTolerated() throws Exception {
    RawPdf raw = new RawPdf();
    int catalog = raw.add("<< /Type /Catalog /Pages 2 0 R >>");
    raw.add(PAGE_TREE);
    raw.add(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
            + " /Resources << /Font << /F1 5 0 R >> >> >>");
    raw.stream("", "EMC EMC /P BMC BT /F1 12 Tf 72 700 Td (Hello there) Tj ET EMC EMC");
    raw.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");

    RecordingSink sink = bounded(() -> read(raw.build(catalog)));

    assertThat(sink.structures).isEmpty();
    assertThat(sink.allText()).contains("Hello there");
  }

  @Test
  void objectsNestedTooDeeplyAreRefusedOrSkippedInBoundedTime() {
    RawPdf raw = new RawPdf();
    int catalog = raw.add("<< /Type /Catalog /Pages 2 0 R >>");
    raw.add(PAGE_TREE);
    raw.add(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Custom "
            + "[".repeat(200_000)
            + "]".repeat(200_000)
            + " >>");

    assertTimeoutPreemptively(
        BOUND,
        () -> {
          try {
            RecordingSink sink = read(raw.build(catalog));
            assertThat(sink.codes()).doesNotContain(HiddenContent.PDF_TEXT_UNDER_BOX);
          } catch (UnreadableException e) {
            assertThat(e.getMessage()).isNotBlank();
          }
        });
  }

  @Test
  void aPageWhoseContentCannotBeDecodedCannotBeChecked() throws Exception {
    RawPdf raw = new RawPdf();
    int catalog = raw.add("<< /Type /Catalog /Pages 2 0 R >>");
    raw.add("<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>");
    raw.add(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R"
            + " /Resources << /Font << /F1 7 0 R >> >> >>");
    raw.add(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 6 0 R"
            + " /Resources << /Font << /F1 7 0 R >> >> >>");
    raw.stream("/Filter /NoSuchDecode", "BT /F1 12 Tf 72 700 Td (Hidden) Tj ET");
    raw.stream("", "BT /F1 12 Tf 72 700 Td (Page two) Tj ET");
    raw.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");

    RecordingSink sink = bounded(() -> read(raw.build(catalog)));

    assertThat(sink.codes()).containsExactly(HiddenContent.UNINSPECTABLE);
    assertThat(sink.structures.get(0).location().part()).isEqualTo("page 1");
    assertThat(sink.structures.get(0).detail()).contains("page 1 are damaged");
    assertThat(sink.structures).hasSize(1);
    assertThat(PdfFixtures.textAt(sink, "page 2", null)).contains("Page two");
  }

  private static void assertUnreadable(byte[] pdf, String reason) {
    assertTimeoutPreemptively(
        BOUND,
        () ->
            assertThatThrownBy(() -> read(pdf))
                .isInstanceOf(UnreadableException.class)
                .hasMessageContaining(reason));
  }

  private static <T> T bounded(ThrowingSupplier<T> reading) {
    return assertTimeoutPreemptively(BOUND, reading);
  }
}
