package uk.warden.inspect.format.image;

import java.util.List;
import java.util.Locale;

/** JPEG comments that encoders write about themselves: not a finding. */
final class JpegCommentGenerators {

  private static final List<String> PREFIXES =
      List.of(
          "creator: gd-jpeg",
          "created with gimp",
          "lead technologies",
          "optimized by jpegmini",
          "compressed by jpeg-recompress",
          "intel(r) jpeg library",
          "file written by adobe photoshop",
          "handmade software");

  private JpegCommentGenerators() {}

  static boolean generator(String comment) {
    String lower = comment.trim().toLowerCase(Locale.ROOT);
    return PREFIXES.stream().anyMatch(lower::startsWith);
  }
}
