package uk.warden.inspect.format.slides;

import org.jspecify.annotations.Nullable;
import uk.warden.inspect.content.ContentSink;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Location;

/**
 * Gathers a notes page's text, tables included, so the notes reach the inspector as one text hidden
 * by {@link HiddenContent#SPEAKER_NOTES} rather than shape by shape.
 */
final class NotesCollector implements ContentSink {

  private static final int MAX_CHARS = 4 << 20;

  private final StringBuilder text = new StringBuilder();

  @Override
  public void structure(HiddenContent code, Location location, long count, String detail) {
    // what is hidden on a notes page is hidden twice; the notes themselves are reported
  }

  @Override
  public void text(Location location, @Nullable HiddenContent hiddenBy, CharSequence value) {
    add(value);
  }

  @Override
  public void table(Location location, @Nullable HiddenContent hiddenBy) {
    // cells follow as text
  }

  @Override
  public void cell(int row, int column, CharSequence value, @Nullable HiddenContent hiddenBy) {
    add(value);
  }

  @Override
  public void nested(Location location, String name, byte[] content) {
    // notes pages embed nothing the package scan does not already hand on
  }

  String text() {
    return text.toString().strip();
  }

  int paragraphs() {
    int paragraphs = 0;
    for (String line : text().split("\n")) {
      if (!line.isBlank()) {
        paragraphs++;
      }
    }
    return paragraphs;
  }

  private void add(CharSequence value) {
    if (text.length() < MAX_CHARS) {
      text.append(value).append('\n');
    }
  }
}
