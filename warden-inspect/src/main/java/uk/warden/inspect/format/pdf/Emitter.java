package uk.warden.inspect.format.pdf;

import org.jspecify.annotations.Nullable;
import uk.warden.inspect.content.ContentSink;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Location;

/**
 * The sink as the PDF reader uses it: locations by page, text counted against the budget and
 * remembered line by line (to recognise text of earlier revisions that the current one dropped),
 * and a note on owner-password encryption added to every finding's detail.
 */
final class Emitter {

  private final ContentSink sink;
  private final Location file;
  private final ReadBudget budget;
  private final TextLines lines;
  private String note = "";

  Emitter(ContentSink sink, Location file, ReadBudget budget, TextLines lines) {
    this.sink = sink;
    this.file = file;
    this.budget = budget;
    this.lines = lines;
  }

  void noteOnEveryFinding(String sentence) {
    this.note = " (" + sentence + ")";
  }

  Location file() {
    return file;
  }

  Location page(int number) {
    return file.part("page " + number);
  }

  Location part(String part) {
    return file.part(part);
  }

  void structure(HiddenContent code, Location location, long count, String detail) {
    sink.structure(code, location, count, detail + note);
  }

  void text(Location location, @Nullable HiddenContent hiddenBy, @Nullable String text) {
    if (text == null || text.isBlank()) {
      return;
    }
    budget.text(text.length());
    lines.add(text);
    sink.text(location, hiddenBy, text);
  }

  void nested(Location location, String name, byte[] content) {
    sink.nested(location, name, content);
  }
}
