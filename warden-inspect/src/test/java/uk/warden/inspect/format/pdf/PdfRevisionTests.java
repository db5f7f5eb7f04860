package uk.warden.inspect.format.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.warden.inspect.format.pdf.PdfFixtures.read;
import static uk.warden.inspect.format.pdf.PdfFixtures.text;
import static uk.warden.inspect.format.pdf.PdfFixtures.textAt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.Test;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.RecordingSink;

class PdfRevisionTests {

  @Test
  void anIncrementalSaveKeepsThePreviousVersionAndItsDeletedText() throws Exception {
    byte[] original =
        PdfFixtures.document(
            d -> {
              PdfFixtures.addPage(
                  d,
                  (x, p, content) -> {
                    text(content, 72, 720, "Incident log");
                    text(content, 72, 700, "Name: John Smith");
                  });
              d.getDocumentInformation().setAuthor("DS Alan Jones");
            });
    byte[] updated =
        incrementally(
            original,
            d -> {
              rewritePage(d, d.getPage(0), "Incident log", "Name: [withheld]");
              d.getDocumentInformation()
                  .getCOSObject()
                  .removeItem(org.apache.pdfbox.cos.COSName.AUTHOR);
              d.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
              d.getDocument().getTrailer().setNeedToBeUpdated(true);
            });

    RecordingSink sink = read(updated);

    assertThat(sink.codes()).containsExactly(HiddenContent.PDF_PREVIOUS_VERSIONS);
    RecordingSink.Structure versions = sink.structures.get(0);
    assertThat(versions.count()).isEqualTo(2);
    assertThat(versions.location().part()).isEqualTo("revisions");
    assertThat(versions.location().range())
        .isEqualTo(
            "saves end at bytes "
                + String.format("%,d", original.length)
                + ", "
                + String.format("%,d", updated.length));
    assertThat(versions.detail())
        .contains("saved 2 times")
        .contains("1 incremental update")
        .contains("were recovered")
        .doesNotContain("Smith");
    assertThat(textAt(sink, "page 1", null)).contains("[withheld]").doesNotContain("Smith");
    String recovered = textAt(sink, "revision 1 of 2", HiddenContent.PDF_PREVIOUS_VERSIONS);
    assertThat(recovered).contains("Name: John Smith").contains("DS Alan Jones");
    // Lines still in the current version are not reported again.
    assertThat(recovered).doesNotContain("Incident log");
    assertThat(sink.texts)
        .filteredOn(t -> t.hiddenBy() == HiddenContent.PDF_PREVIOUS_VERSIONS)
        .extracting(t -> t.location().range())
        .containsExactlyInAnyOrder("document information, Author", "page 1");
  }

  @Test
  void aLinearizedFileIsOneRevisionDespiteItsTwoCrossReferenceSections() throws Exception {
    byte[] linearized = resource("linearized.pdf");
    assertThat(occurrences(linearized, "%%EOF")).isEqualTo(2);

    RecordingSink sink = read(linearized);

    assertThat(sink.structures).isEmpty();
    assertThat(textAt(sink, "page 2", null)).contains("Linearized report page two");
  }

  @Test
  void anUpdateToALinearizedFileIsAPreviousVersion() throws Exception {
    byte[] updated =
        incrementally(
            resource("linearized.pdf"), d -> rewritePage(d, d.getPage(1), "Page two, amended"));
    assertThat(occurrences(updated, "%%EOF")).isEqualTo(3);

    RecordingSink sink = read(updated);

    assertThat(sink.codes()).containsExactly(HiddenContent.PDF_PREVIOUS_VERSIONS);
    assertThat(sink.structures.get(0).count()).isEqualTo(2);
    assertThat(textAt(sink, "revision 1 of 2", HiddenContent.PDF_PREVIOUS_VERSIONS))
        .contains("Linearized report page two")
        .doesNotContain("page one");
  }

  @Test
  void rawLayoutCountsSavesNotMarkers() throws Exception {
    String linearizedFirstPage =
        "%PDF-1.4\n1 0 obj << /Linearized 1 /L LENGTH >> endobj\n"
            + "xref\n0 1\ntrailer << >>\nstartxref\n0\n%%EOF\n";
    String body = "2 0 obj << >> endobj\nxref\n0 1\ntrailer << >>\nstartxref\n60\n%%EOF\n";
    String original = linearizedFirstPage + body;
    original = original.replace("LENGTH", String.format("%6d", original.length()));
    assertThat(layout(original).revisionEnds()).containsExactly((long) original.length());

    String update = "3 0 obj << >> endobj\nxref\n0 1\ntrailer << >>\nstartxref\n90\n%%EOF\n";
    assertThat(layout(original + update).revisionEnds())
        .containsExactly((long) original.length(), (long) (original + update).length());

    // A repeated marker with no cross-reference before it is not a save.
    assertThat(layout(original + "%%EOF\n").revisionEnds()).hasSize(1);

    String plain = "%PDF-1.4\n" + body;
    assertThat(layout(plain + update).revisionEnds()).hasSize(2);
  }

  private static RawLayout layout(String text) throws IOException {
    return RawLayout.scan(new RandomAccessReadBuffer(text.getBytes(StandardCharsets.ISO_8859_1)));
  }

  @FunctionalInterface
  interface Update {
    void apply(PDDocument document) throws IOException;
  }

  static byte[] incrementally(byte[] pdf, Update update) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      update.apply(document);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.saveIncremental(out);
      return out.toByteArray();
    }
  }

  static void rewritePage(PDDocument document, PDPage page, String... lines) throws IOException {
    try (PDPageContentStream content =
        new PDPageContentStream(document, page, PDPageContentStream.AppendMode.OVERWRITE, true)) {
      for (int i = 0; i < lines.length; i++) {
        text(content, 72, 720 - 20 * i, lines[i]);
      }
    }
    document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
    document.getPages().getCOSObject().setNeedToBeUpdated(true);
    page.getCOSObject().setNeedToBeUpdated(true);
    page.getResources().getCOSObject().setNeedToBeUpdated(true);
  }

  static byte[] resource(String name) throws IOException {
    try (InputStream in = PdfRevisionTests.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }

  private static int occurrences(byte[] pdf, String token) {
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    int count = 0;
    for (int at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + 1)) {
      count++;
    }
    return count;
  }
}
