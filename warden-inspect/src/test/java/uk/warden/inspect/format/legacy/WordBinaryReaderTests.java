package uk.warden.inspect.format.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Limits;
import uk.warden.inspect.content.RecordingSink;
import uk.warden.inspect.content.Source;
import uk.warden.inspect.content.UnreadableException;
import uk.warden.inspect.corpus.Corpus;

class WordBinaryReaderTests {

  private static final Path FEATURES =
      Corpus.dir()
          .resolve(
              "apache+tika/tika-parsers/tika-parsers-standard/tika-parsers-standard-modules"
                  + "/tika-parser-microsoft-module/src/test/resources/test-documents"
                  + "/testWORD_features.doc");

  private final WordBinaryReader reader = new WordBinaryReader();

  @Test
  void aRealDocumentKeepsItsCommentsHiddenTextAndTrackedChanges() throws Exception {
    Corpus.requirePresent();
    RecordingSink sink = new RecordingSink();

    reader.read(Source.of(FEATURES, Limits.defaults()), sink);

    assertThat(sink.codes())
        .contains(HiddenContent.COMMENTS, HiddenContent.HIDDEN_TEXT, HiddenContent.TRACKED_CHANGES);
    assertThat(sink.texts)
        .anySatisfy(t -> assertThat(t.hiddenBy()).isEqualTo(HiddenContent.COMMENTS));
    assertThat(sink.structures(HiddenContent.TRACKED_CHANGES).get(0).detail())
        .contains("deleted")
        .doesNotContain("Reese");
  }

  @Test
  void aTruncatedDocumentIsUnreadable() throws Exception {
    Corpus.requirePresent();
    byte[] whole = Files.readAllBytes(FEATURES);
    byte[] half = Arrays.copyOf(whole, whole.length / 3);

    assertThatThrownBy(
            () -> reader.read(Source.of("cut.doc", half, Limits.defaults()), new RecordingSink()))
        .isInstanceOf(UnreadableException.class)
        .hasMessageContaining("damaged or truncated");
  }

  @Test
  void anOleContainerWithoutAWordStreamIsUnreadable() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new java.io.ByteArrayInputStream(new byte[] {1, 2, 3}), "WordDocument");
      fs.writeFilesystem(out);
    }

    assertThatThrownBy(
            () ->
                reader.read(
                    Source.of("fake.doc", out.toByteArray(), Limits.defaults()),
                    new RecordingSink()))
        .isInstanceOf(UnreadableException.class);
  }
}
