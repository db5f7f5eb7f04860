package uk.warden.inspect.format.slides;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Limits;
import uk.warden.inspect.content.RecordingSink;
import uk.warden.inspect.content.Source;
import uk.warden.inspect.format.ooxml.Corpus;

/** A real presentation with hidden slides, notes and photographs that keep their EXIF. */
class PptxCorpusTests {

  @Test
  void deck60810() throws Exception {
    Path file = Corpus.file("apache+poi/test-data/slideshow/60810.pptx");
    RecordingSink sink = new RecordingSink();

    new PptxReader().read(Source.of(file, Limits.defaults()), sink);

    assertThat(sink.structures(HiddenContent.HIDDEN_SLIDE))
        .extracting(s -> s.location().part())
        .containsExactly("slide 4", "slide 21", "slide 22");
    assertThat(sink.structures(HiddenContent.SPEAKER_NOTES))
        .extracting(s -> s.location().part())
        .containsExactly("slide 3", "slide 4", "slide 12", "slide 13", "slide 22", "slide 23");
    assertThat(sink.structures(HiddenContent.IMAGE_METADATA))
        .extracting(s -> s.location().part())
        .containsExactly("ppt/media/image4.jpeg", "ppt/media/image5.jpeg");
    assertThat(sink.texts)
        .filteredOn(t -> t.hiddenBy() == HiddenContent.IMAGE_METADATA)
        .extracting(RecordingSink.Text::text)
        .anySatisfy(t -> assertThat(t).contains("Ashton, Kate"));
    assertThat(sink.texts)
        .filteredOn(t -> t.hiddenBy() == HiddenContent.HIDDEN_SLIDE)
        .extracting(t -> t.location().part())
        .containsOnly("slide 4", "slide 21", "slide 22");
    assertThat(sink.codes())
        .containsExactlyInAnyOrder(
            HiddenContent.SPEAKER_NOTES,
            HiddenContent.HIDDEN_SLIDE,
            HiddenContent.DOCUMENT_PROPERTIES,
            HiddenContent.IMAGE_METADATA);
  }
}
