package uk.warden.inspect.format.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Limits;
import uk.warden.inspect.content.RecordingSink;
import uk.warden.inspect.content.Source;

/**
 * Real PDFs from other projects' test suites (see /work/shared/corpus/MANIFEST.tsv), read from disk
 * as the inspector does. Skipped where the corpus is not present.
 */
class PdfCorpusTests {

  private static final Path CORPUS = Path.of("/work/shared/corpus");
  private static final String TIKA =
      "apache+tika/tika-parsers/tika-parsers-standard/tika-parsers-standard-modules/"
          + "tika-parser-pdf-module/src/test/resources/test-documents/";

  @Test
  void xrayRectanglesAreFailedRedactionsOnPage1() throws Exception {
    RecordingSink sink = read("freelawproject+x-ray/tests/assets/rectangles_yes.pdf");

    // x-ray reports 3 bad redactions on page 1: black boxes with black text drawn on them.
    assertThat(sink.codes()).containsExactly(HiddenContent.PDF_TEXT_UNDER_BOX);
    assertThat(sink.structures).hasSize(3);
    assertThat(sink.structures)
        .allSatisfy(
            box -> {
              assertThat(box.location().part()).isEqualTo("page 1");
              assertThat(box.location().range()).startsWith("box at ");
              assertThat(box.detail()).contains("black filled box");
            });
    assertThat(PdfFixtures.textAt(sink, "page 1", HiddenContent.PDF_TEXT_UNDER_BOX))
        .contains("No")
        .contains("Yes")
        .contains("did not disclose all relevant medical h");
  }

  @Test
  void xrayWhitespaceRedactionsAreNotFailedRedactions() throws Exception {
    RecordingSink sink = read("freelawproject+x-ray/tests/assets/whitespace_redactions.pdf");

    assertThat(sink.codes()).doesNotContain(HiddenContent.PDF_TEXT_UNDER_BOX);
    assertThat(sink.allText()).contains("NOTICE OF MOTION");
  }

  @Test
  void tikaIncrementalUpdatesAreThreeRevisionsOfALinearizedFile() throws Exception {
    RecordingSink sink = read(TIKA + "testPDF_incrementalUpdates.pdf");

    RecordingSink.Structure versions = sink.structures(HiddenContent.PDF_PREVIOUS_VERSIONS).get(0);
    assertThat(versions.count()).isEqualTo(3);
    assertThat(versions.location().range()).isEqualTo("saves end at bytes 16,242, 41,226, 64,872");
    assertThat(versions.detail()).contains("2 incremental updates");
  }

  @Test
  void tikaAcroformIsFormDataAndPropertiesButNotAnEarlierVersion() throws Exception {
    RecordingSink sink = read(TIKA + "testPDF_acroform3.pdf");

    assertThat(sink.codes())
        .containsExactlyInAnyOrder(HiddenContent.PDF_FORM_DATA, HiddenContent.DOCUMENT_PROPERTIES);
    RecordingSink.Structure form = sink.structures(HiddenContent.PDF_FORM_DATA).get(0);
    assertThat(form.location().part()).isEqualTo("page 1");
    assertThat(form.count()).isEqualTo(4);
    assertThat(PdfFixtures.textAt(sink, "document information", HiddenContent.DOCUMENT_PROPERTIES))
        .contains("Dr. Eric Knauel");
  }

  @Test
  void pdfJsFileAttachmentIsAnAnnotationAndAnAttachment() throws Exception {
    RecordingSink sink = read("mozilla+pdf.js/test/pdfs/annotation-fileattachment.pdf");

    assertThat(sink.codes())
        .containsExactlyInAnyOrder(
            HiddenContent.PDF_ANNOTATIONS,
            HiddenContent.PDF_ATTACHMENTS,
            HiddenContent.DOCUMENT_PROPERTIES);
    RecordingSink.Structure attachment = sink.structures(HiddenContent.PDF_ATTACHMENTS).get(0);
    assertThat(attachment.location().part()).isEqualTo("page 1");
    assertThat(attachment.location().range()).isEqualTo("FileAttachment annotation, object 20 0 R");
    assertThat(sink.nested).hasSize(1);
    assertThat(sink.nested.get(0).name()).isEqualTo("Test.txt");
    assertThat(PdfFixtures.textAt(sink, "document information", HiddenContent.DOCUMENT_PROPERTIES))
        .contains("Tim van der Meij");
  }

  private static RecordingSink read(String file) {
    Path path = CORPUS.resolve(file);
    Assumptions.assumeTrue(Files.isRegularFile(path), "corpus file not present: " + path);
    return assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          RecordingSink sink = new RecordingSink();
          new PdfReader().read(Source.of(path, Limits.defaults()), sink);
          return sink;
        });
  }
}
