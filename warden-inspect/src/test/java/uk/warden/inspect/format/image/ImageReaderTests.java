package uk.warden.inspect.format.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Limits;
import uk.warden.inspect.content.Location;
import uk.warden.inspect.content.RecordingSink;
import uk.warden.inspect.content.Source;
import uk.warden.inspect.content.UnreadableException;

class ImageReaderTests {

  private final ImageReader reader = new ImageReader();

  private RecordingSink read(String name, byte[] bytes) throws UnreadableException {
    RecordingSink sink = new RecordingSink();
    reader.read(Source.of(name, bytes, Limits.defaults()), sink);
    return sink;
  }

  @Test
  void gpsPositionIsReportedWithoutCoordinates() throws Exception {
    RecordingSink sink = read("scene.jpg", TestImages.jpegWithGps("PC Jane Marsh"));

    assertThat(sink.structures).hasSize(1);
    RecordingSink.Structure metadata = sink.structures.get(0);
    assertThat(metadata.code()).isEqualTo(HiddenContent.IMAGE_METADATA);
    assertThat(metadata.location()).isEqualTo(new Location("scene.jpg", "EXIF", null));
    assertThat(metadata.detail())
        .startsWith("image metadata: GPS position present")
        .contains("author, artist, owner or copyright holder")
        .contains("camera make and model")
        .doesNotContain("Jane")
        .doesNotContain("51");
    assertThat(metadata.count()).isEqualTo(4); // make, model, artist, position
    assertThat(sink.texts)
        .containsExactly(
            new RecordingSink.Text(
                new Location("scene.jpg", "EXIF", null),
                HiddenContent.IMAGE_METADATA,
                "PC Jane Marsh"));
  }

  @Test
  void aPlainImageHasNoFindings() throws Exception {
    assertThat(read("plain.jpg", TestImages.plainJpeg()).structures).isEmpty();
    assertThat(read("plain.png", TestImages.plainPng()).structures).isEmpty();
  }

  @Test
  void theEditingSoftwareAloneIsTechnical() throws Exception {
    RecordingSink sink = read("edited.jpg", TestImages.jpegWithSoftwareOnly());

    assertThat(sink.structures).isEmpty();
    assertThat(sink.texts).isEmpty();
  }

  @Test
  void aJpegCommentIsText() throws Exception {
    RecordingSink sink = read("c.jpg", TestImages.jpegWithComment("Taken at 4 Elm Road"));

    assertThat(sink.structures)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.code()).isEqualTo(HiddenContent.IMAGE_METADATA);
              assertThat(s.location()).isEqualTo(new Location("c.jpg", "JPEG comment", null));
              assertThat(s.detail()).contains("descriptive text");
            });
    assertThat(sink.allText()).contains("Taken at 4 Elm Road");
  }

  @Test
  void anEncoderCommentIsNot() throws Exception {
    RecordingSink sink =
        read("gd.jpg", TestImages.jpegWithComment("CREATOR: gd-jpeg v1.0 (using IJG JPEG v62)"));

    assertThat(sink.structures).isEmpty();
  }

  @Test
  void pngTextChunksAreReported() throws Exception {
    RecordingSink sink = read("chart.png", TestImages.pngWithText("Author", "DC Sam Okafor"));

    RecordingSink.Structure metadata = sink.structures.get(0);
    assertThat(metadata.code()).isEqualTo(HiddenContent.IMAGE_METADATA);
    assertThat(metadata.location()).isEqualTo(new Location("chart.png", "PNG text", null));
    assertThat(metadata.count()).isEqualTo(1);
    assertThat(sink.texts)
        .extracting(RecordingSink.Text::text, RecordingSink.Text::hiddenBy)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("DC Sam Okafor", HiddenContent.IMAGE_METADATA));
  }

  @Test
  void pngSoftwareChunkIsTechnical() throws Exception {
    assertThat(read("s.png", TestImages.pngWithText("Software", "paint.net 5")).structures)
        .isEmpty();
  }

  @Test
  @Timeout(10)
  void aCompressedTextBombIsRefused() {
    byte[] bomb = TestImages.pngWithCompressedText("Comment", 100 << 20);
    assertThat(bomb.length).isLessThan(200_000);

    assertThatThrownBy(() -> read("bomb.png", bomb))
        .isInstanceOf(UnreadableException.class)
        .hasMessageContaining("expands beyond 16 MB");
  }

  @Test
  void truncatedImagesAreRefused() {
    byte[] jpeg = TestImages.jpegWithGps("A");
    byte[] png = TestImages.pngWithText("Author", "B");

    assertThatThrownBy(() -> read("cut.jpg", Arrays.copyOf(jpeg, jpeg.length - 20)))
        .isInstanceOf(UnreadableException.class)
        .hasMessageContaining("truncated");
    assertThatThrownBy(() -> read("cut.jpg", Arrays.copyOf(jpeg, 40)))
        .isInstanceOf(UnreadableException.class)
        .hasMessageContaining("truncated");
    assertThatThrownBy(() -> read("cut.png", Arrays.copyOf(png, png.length - 10)))
        .isInstanceOf(UnreadableException.class)
        .hasMessageContaining("truncated");
  }

  @Test
  void aChunkLengthPastTheEndIsRefusedBeforeAllocation() {
    byte[] png = TestImages.plainPng();
    byte[] lying = Arrays.copyOf(png, png.length);
    // IHDR's length field claims 2 GB
    lying[8] = 0x7F;
    lying[9] = (byte) 0xFF;

    assertThatThrownBy(() -> read("lying.png", lying))
        .isInstanceOf(UnreadableException.class)
        .hasMessageContaining("truncated");
  }

  @Test
  void otherBytesAreNotAnImage() {
    assertThatThrownBy(
            () -> read("x.jpg", "GIF89a".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
        .isInstanceOf(UnreadableException.class)
        .hasMessageContaining("neither a JPEG nor a PNG");
  }

  @Test
  void largerThanTheLimitIsRefused() {
    Limits small = new Limits(100, 1L << 20, 200, 100, 1000, 5, 10);
    assertThatThrownBy(
            () ->
                reader.read(
                    Source.of("big.jpg", TestImages.plainJpeg(), small), new RecordingSink()))
        .isInstanceOf(UnreadableException.class)
        .hasMessageContaining("limit");
  }
}
