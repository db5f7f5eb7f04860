package uk.warden.inspect.format.word;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Limits;
import uk.warden.inspect.content.Location;
import uk.warden.inspect.content.RecordingSink;
import uk.warden.inspect.content.Source;
import uk.warden.inspect.format.ooxml.Corpus;

/** Real Word files with known hidden content (see the corpus manifest). */
class DocxCorpusTests {

  @Test
  void delinsKeepsItsDeletedText() throws Exception {
    Path file = Corpus.file("apache+poi/test-data/document/delins.docx");
    RecordingSink sink = new RecordingSink();

    new DocxReader().read(Source.of(file, Limits.defaults()), sink);

    Location body = new Location(file.toString(), "word/document.xml", null);
    assertThat(sink.structures(HiddenContent.TRACKED_CHANGES))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.location().part()).isEqualTo(body.part());
              // The manifest counts 32 w:ins elements; 6 of them sit inside old formatting
              // (w:rPrChange), recording the state before a formatting change, not an insertion.
              assertThat(s.detail())
                  .isEqualTo(
                      "26 insertions, 4 deletions (458 characters of deleted text),"
                          + " 46 formatting changes by 1 author");
            });
    assertThat(sink.texts)
        .filteredOn(t -> t.hiddenBy() == HiddenContent.TRACKED_CHANGES)
        .extracting(RecordingSink.Text::text)
        .anySatisfy(t -> assertThat(t).contains("A pendant worn in place of the red spot"))
        .contains("pavel");
    assertThat(sink.structures(HiddenContent.DOCUMENT_PROPERTIES))
        .extracting(s -> s.location().part())
        .containsExactly("docProps/core.xml", "docProps/app.xml");
    assertThat(sink.codes())
        .containsExactlyInAnyOrder(
            HiddenContent.TRACKED_CHANGES, HiddenContent.DOCUMENT_PROPERTIES);
  }
}
