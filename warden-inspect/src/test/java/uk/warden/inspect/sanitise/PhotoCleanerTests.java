package uk.warden.inspect.sanitise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Limits;
import uk.warden.inspect.content.RecordingSink;
import uk.warden.inspect.content.Source;
import uk.warden.inspect.content.UnreadableException;
import uk.warden.inspect.format.image.ImageReader;
import uk.warden.inspect.format.image.JpegSegments;
import uk.warden.inspect.format.image.TestImages;

class PhotoCleanerTests {

  private static final String OFFICER = "PC Jane Marsh";

  /** What the inspector's own metadata scan finds in the image. */
  private static RecordingSink scan(String name, byte[] image) throws UnreadableException {
    RecordingSink sink = new RecordingSink();
    new ImageReader().read(Source.of(name, image, Limits.defaults()), sink);
    return sink;
  }

  private static byte[] jpegWithEverything() {
    byte[] jpeg = TestImages.jpegWithGpsAndSerial(OFFICER, "SN 4471902");
    jpeg = TestImages.withSegment(jpeg, 0xE1, PhotoFixtures.xmp(OFFICER));
    jpeg = TestImages.withSegment(jpeg, 0xED, PhotoFixtures.iptc(OFFICER, "Hendon"));
    return TestImages.withSegment(jpeg, 0xFE, ascii("Taken at 4 Elm Road"));
  }

  private static byte[] pngWithEverything() {
    byte[] png = TestImages.pngWithText("Author", OFFICER);
    png = TestImages.withChunk(png, "iTXt", PhotoFixtures.itxt("Description", "Taken in Hendon"));
    png = TestImages.withChunk(png, "eXIf", PhotoFixtures.tiff(TestImages.jpegWithGps(OFFICER)));
    return TestImages.withChunk(png, "tIME", new byte[] {0x07, (byte) 0xE8, 3, 1, 12, 0, 0});
  }

  @Test
  void aJpegLeavesWithoutExifGpsXmpIptcOrComment() throws Exception {
    byte[] dirty = jpegWithEverything();
    RecordingSink before = scan("photo.jpg", dirty);
    assertThat(before.structures)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.code()).isEqualTo(HiddenContent.IMAGE_METADATA);
              assertThat(s.location().part()).contains("EXIF", "XMP", "IPTC", "JPEG comment");
              assertThat(s.detail())
                  .contains("GPS position present", "device serial number", "camera make");
            });
    assertThat(before.allText()).contains(OFFICER, "Hendon", "Elm Road");

    CleanedPhoto cleaned = PhotoCleaner.clean(dirty);

    assertThat(cleaned.format()).isEqualTo("jpeg");
    assertThat(cleaned.removed())
        .containsExactlyInAnyOrder(
            "EXIF (with GPS position)", "XMP", "IPTC and Photoshop data", "comment");
    RecordingSink after = scan("photo.jpg", cleaned.bytes());
    assertThat(after.structures).isEmpty();
    assertThat(after.texts).isEmpty();
    // The metadata was spliced into a plain JPEG: taking it out gives that JPEG back exactly.
    assertThat(cleaned.bytes()).isEqualTo(TestImages.plainJpeg());
  }

  @Test
  void aJpegKeepsItsPixelsAndImageDataByteForByte() throws Exception {
    byte[] dirty = jpegWithEverything();

    byte[] clean = PhotoCleaner.clean(dirty).bytes();

    assertSamePixels(dirty, clean);
    assertThat(imageData(clean)).isNotEmpty().isEqualTo(imageData(dirty));
  }

  @Test
  void aProgressiveJpegKeepsEveryScanAndLosesWhatIsBetweenThem() throws Exception {
    byte[] plain = PhotoFixtures.progressiveJpeg();
    assertThat(Collections.frequency(markers(plain), JpegSegments.SOS)).isGreaterThan(1);
    byte[] dirty = TestImages.withSegment(plain, 0xFE, ascii("Taken at 4 Elm Road"));
    dirty = TestImages.withSegment(dirty, 0xE1, PhotoFixtures.xmp(OFFICER));

    CleanedPhoto cleaned = PhotoCleaner.clean(dirty);

    assertThat(cleaned.removed()).containsExactlyInAnyOrder("XMP", "comment");
    assertThat(cleaned.bytes()).isEqualTo(plain);
    assertSamePixels(dirty, cleaned.bytes());
    assertThat(scan("p.jpg", cleaned.bytes()).structures).isEmpty();
  }

  @Test
  void aPngLeavesWithoutTextExifOrTime() throws Exception {
    byte[] dirty = pngWithEverything();
    RecordingSink before = scan("photo.png", dirty);
    assertThat(before.structures)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.location().part()).contains("EXIF", "PNG text");
              assertThat(s.detail()).contains("GPS position present");
            });
    assertThat(before.allText()).contains(OFFICER, "Hendon");

    CleanedPhoto cleaned = PhotoCleaner.clean(dirty);

    assertThat(cleaned.format()).isEqualTo("png");
    assertThat(cleaned.removed())
        .containsExactlyInAnyOrder(
            "PNG text chunk tEXt",
            "PNG text chunk iTXt",
            "EXIF (with GPS position)",
            "time of last change (PNG chunk tIME)");
    RecordingSink after = scan("photo.png", cleaned.bytes());
    assertThat(after.structures).isEmpty();
    assertThat(after.texts).isEmpty();
    assertSamePixels(dirty, cleaned.bytes());
    // Kept chunks, CRCs included, are copied as they were.
    assertThat(cleaned.bytes()).isEqualTo(TestImages.plainPng());
  }

  @Test
  void anImageWithoutMetadataComesBackUnchanged() throws Exception {
    for (byte[] plain : new byte[][] {TestImages.plainJpeg(), TestImages.plainPng()}) {
      CleanedPhoto cleaned = PhotoCleaner.clean(plain);

      assertThat(cleaned.bytes()).isEqualTo(plain);
      assertThat(cleaned.removed()).isEmpty();
    }
  }

  @Test
  void dataAfterTheEndOfTheImageIsRemoved() throws Exception {
    byte[] hidden = ascii("PK\3\4 an appended archive");
    byte[] jpeg = concat(TestImages.plainJpeg(), hidden);
    byte[] png = concat(TestImages.plainPng(), hidden);

    CleanedPhoto cleanJpeg = PhotoCleaner.clean(jpeg);
    CleanedPhoto cleanPng = PhotoCleaner.clean(png);

    assertThat(cleanJpeg.bytes()).isEqualTo(TestImages.plainJpeg());
    assertThat(cleanJpeg.removed())
        .containsExactly("data after the end of the image (" + hidden.length + " bytes)");
    assertThat(cleanPng.bytes()).isEqualTo(TestImages.plainPng());
    assertThat(cleanPng.removed())
        .containsExactly("data after the end of the image (" + hidden.length + " bytes)");
  }

  @Test
  void anEndOfImageMarkerInTheTrailingDataDoesNotHideIt() throws Exception {
    // A second JPEG appended: the picture ends at the first end-of-image marker, not the last.
    byte[] twice = concat(TestImages.plainJpeg(), TestImages.jpegWithGps(OFFICER));

    CleanedPhoto cleaned = PhotoCleaner.clean(twice);

    assertThat(cleaned.bytes()).isEqualTo(TestImages.plainJpeg());
    assertThat(cleaned.removed()).singleElement().asString().startsWith("data after the end");
  }

  @Test
  void aJfifThumbnailAndOtherApplicationSegmentsGo() throws Exception {
    byte[] plain = TestImages.plainJpeg();
    // Replace the 16-byte JFIF header with one carrying a 1×1 thumbnail.
    byte[] jfif = Arrays.copyOfRange(plain, 6, 20);
    jfif[12] = 1;
    jfif[13] = 1;
    byte[] withThumbnail =
        concat(
            new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 19},
            jfif,
            new byte[] {(byte) 0xFF, 0, 0},
            Arrays.copyOfRange(plain, 20, plain.length));
    byte[] dirty = TestImages.withSegment(withThumbnail, 0xEF, ascii("vendor notes"));
    dirty = TestImages.withSegment(dirty, 0xE2, ascii("MPF\0rest"));

    CleanedPhoto cleaned = PhotoCleaner.clean(dirty);

    assertThat(cleaned.bytes()).isEqualTo(plain);
    assertThat(cleaned.removed())
        .containsExactlyInAnyOrder(
            "JFIF thumbnail",
            "APP15 segment",
            "multi-picture data (MPF: other images after the end of this one)");
  }

  @Test
  void colourSegmentsStay() throws Exception {
    byte[] withColour =
        TestImages.withSegment(TestImages.plainJpeg(), 0xE2, ascii("ICC_PROFILE\0\1\1profile"));
    withColour = TestImages.withSegment(withColour, 0xEE, ascii("Adobe\0\144\0\0\0\0\1"));

    CleanedPhoto cleaned = PhotoCleaner.clean(withColour);

    assertThat(cleaned.bytes()).isEqualTo(withColour);
    assertThat(cleaned.removed()).isEmpty();
  }

  @Test
  void anUnknownPngChunkGoesUnlessADecoderNeedsIt() throws Exception {
    CleanedPhoto cleaned =
        PhotoCleaner.clean(TestImages.withChunk(TestImages.plainPng(), "prVt", ascii("secret")));
    assertThat(cleaned.removed()).containsExactly("PNG chunk prVt");
    assertThat(cleaned.bytes()).isEqualTo(TestImages.plainPng());

    assertThatThrownBy(
            () ->
                PhotoCleaner.clean(TestImages.withChunk(TestImages.plainPng(), "ZZZZ", ascii("?"))))
        .isInstanceOf(UnreadableException.class)
        .hasMessageContaining("critical chunk");
  }

  @Test
  void otherFormatsAreNotAcceptedForPhotos() {
    String[] heads = {
      "GIF89a\1\0\1\0", "II*\0\10\0\0\0", "MM\0*\0\0\0\10", "RIFF\0\0\0\0WEBPVP8 ",
      "\0\0\0\30ftypheic", "BM\0\0", "%PDF-1.7", ""
    };
    for (String head : heads) {
      assertThatThrownBy(() -> PhotoCleaner.clean(ascii(head)))
          .as(head)
          .isInstanceOf(UnreadableException.class)
          .hasMessageContaining("not accepted for photos")
          .hasMessageContaining("only JPEG and PNG");
    }
    assertThatThrownBy(() -> PhotoCleaner.clean(ascii("GIF89a")))
        .hasMessageStartingWith("this GIF image is not accepted");
  }

  @Test
  void everyTruncationIsRefusedWithAReason() {
    for (byte[] image : new byte[][] {jpegWithEverything(), pngWithEverything()}) {
      for (int length = 3; length < image.length; length++) {
        byte[] cut = Arrays.copyOf(image, length);
        Throwable thrown = catchThrowable(() -> PhotoCleaner.clean(cut));
        if (thrown != null) {
          assertThat(thrown).as("cut at %d", length).isInstanceOf(UnreadableException.class);
          assertThat(thrown.getMessage()).isNotBlank();
        } else {
          // Only a PNG cut inside what follows IEND, which there is none of here, could pass.
          throw new AssertionError("a JPEG or PNG cut at " + length + " was accepted");
        }
      }
    }
  }

  @Test
  void lengthsPastTheEndAreRefused() {
    byte[] png = TestImages.plainPng();
    png[8] = 0x7F; // IHDR's length claims 2 GB
    png[9] = (byte) 0xFF;
    byte[] jpeg = TestImages.plainJpeg();
    jpeg[4] = (byte) 0xFF; // APP0's length runs past the end
    jpeg[5] = (byte) 0xFF;

    assertThatThrownBy(() -> PhotoCleaner.clean(png))
        .isInstanceOf(UnreadableException.class)
        .hasMessageContaining("truncated");
    assertThatThrownBy(() -> PhotoCleaner.clean(jpeg))
        .isInstanceOf(UnreadableException.class)
        .hasMessageContaining("truncated");
  }

  @Test
  void malformedStructureIsRefused() {
    byte[] noFrame = TestImages.plainJpeg();
    byte[] jpegGarbage = concat(Arrays.copyOf(noFrame, 20), ascii("garbage"));
    byte[] pngShort = concat(Arrays.copyOf(TestImages.plainPng(), 8), new byte[] {0, 0, 0, 0});
    byte[] pngGarbage = concat(Arrays.copyOf(TestImages.plainPng(), 8), new byte[12]);
    byte[] pngNoHeader = TestImages.plainPng();
    pngNoHeader[12] = 'i'; // IHDR becomes iHDR, an ancillary chunk in first place

    assertThatThrownBy(() -> PhotoCleaner.clean(jpegGarbage))
        .isInstanceOf(UnreadableException.class)
        .hasMessageContaining("damaged");
    assertThatThrownBy(() -> PhotoCleaner.clean(pngShort))
        .isInstanceOf(UnreadableException.class)
        .hasMessageContaining("truncated");
    assertThatThrownBy(() -> PhotoCleaner.clean(pngGarbage))
        .isInstanceOf(UnreadableException.class)
        .hasMessageContaining("damaged");
    assertThatThrownBy(() -> PhotoCleaner.clean(pngNoHeader))
        .isInstanceOf(UnreadableException.class)
        .hasMessageContaining("header chunk");
  }

  @Test
  void randomDamageIsRefusedOrCleanedButNeverCrashes() {
    Random random = new Random(20240601);
    byte[][] images = {jpegWithEverything(), pngWithEverything()};
    for (int round = 0; round < 4000; round++) {
      byte[] image = images[round % 2].clone();
      for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
        image[8 + random.nextInt(image.length - 8)] = (byte) random.nextInt(256);
      }
      assertRefusedOrCleaned(image);
    }
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.SECONDS)
  void twoMegabytesOfRandomBytesAreRefusedQuickly() {
    byte[] noise = new byte[2 << 20];
    new Random(7).nextBytes(noise);

    assertThatThrownBy(() -> PhotoCleaner.clean(noise))
        .isInstanceOf(UnreadableException.class)
        .hasMessageContaining("not accepted for photos");

    // The same noise behind a JPEG's start: walked once, then refused or cut at an end marker.
    noise[0] = (byte) 0xFF;
    noise[1] = (byte) 0xD8;
    noise[2] = (byte) 0xFF;
    assertRefusedOrCleaned(noise);
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.SECONDS)
  void aMillionTinySegmentsTakeLinearTime() throws Exception {
    byte[] plain = TestImages.plainJpeg();
    ByteArrayOutputStream many = new ByteArrayOutputStream();
    many.write(plain, 0, 20); // start of image and JFIF header
    for (int i = 0; i < 500_000; i++) {
      many.write(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 2}); // empty comments
    }
    many.write(plain, 20, plain.length - 20);

    CleanedPhoto cleaned = PhotoCleaner.clean(many.toByteArray());

    assertThat(cleaned.bytes()).isEqualTo(plain);
    assertThat(cleaned.removed()).containsExactly("comment");
  }

  /** Hostile input ends one of two ways: a picture, or a reason; never any other exception. */
  private static void assertRefusedOrCleaned(byte[] input) {
    Throwable thrown = catchThrowable(() -> PhotoCleaner.clean(input));
    if (thrown != null) {
      assertThat(thrown).isInstanceOf(UnreadableException.class);
      assertThat(thrown.getMessage()).isNotBlank();
    }
  }

  private static void assertSamePixels(byte[] before, byte[] after) throws IOException {
    BufferedImage a = ImageIO.read(new ByteArrayInputStream(before));
    BufferedImage b = ImageIO.read(new ByteArrayInputStream(after));
    assertThat(b.getWidth()).isEqualTo(a.getWidth());
    assertThat(b.getHeight()).isEqualTo(a.getHeight());
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        assertThat(b.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(a.getRGB(x, y));
      }
    }
  }

  private static List<Integer> markers(byte[] jpeg) throws UnreadableException {
    List<Integer> markers = new ArrayList<>();
    JpegSegments.walk(jpeg, (marker, from, to) -> markers.add(marker));
    return markers;
  }

  /** The entropy-coded data of every scan, end to end. */
  private static byte[] imageData(byte[] jpeg) throws UnreadableException {
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    JpegSegments.walk(
        jpeg,
        (marker, from, to) -> {
          if (marker == JpegSegments.IMAGE_DATA) {
            data.write(jpeg, from, to - from);
          }
        });
    return data.toByteArray();
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
