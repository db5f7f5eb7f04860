package uk.warden.inspect.format.sheet;

import org.jspecify.annotations.Nullable;
import uk.warden.inspect.content.ContentSink;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Limits;
import uk.warden.inspect.content.Location;

/**
 * The sink as the spreadsheet readers use it: locations built from the file, a part and a range;
 * blank text dropped; and every cell counted against {@link Limits#maxCells()}.
 */
final class Reporter {

  private final ContentSink sink;
  private final Location file;
  private final Limits limits;
  private long cells;

  Reporter(ContentSink sink, Location file, Limits limits) {
    this.sink = sink;
    this.file = file;
    this.limits = limits;
  }

  Limits limits() {
    return limits;
  }

  Location at(@Nullable String part, @Nullable String range) {
    return new Location(file.file(), part, range);
  }

  void structure(
      HiddenContent code,
      @Nullable String part,
      @Nullable String range,
      long count,
      String detail) {
    sink.structure(code, at(part, range), count, detail);
  }

  void text(
      @Nullable String part,
      @Nullable String range,
      @Nullable HiddenContent hiddenBy,
      @Nullable CharSequence text) {
    if (text != null && !text.toString().isBlank()) {
      sink.text(at(part, range), hiddenBy, text);
    }
  }

  void table(@Nullable String part, @Nullable String range, @Nullable HiddenContent hiddenBy) {
    sink.table(at(part, range), hiddenBy);
  }

  void cell(int row, int column, CharSequence value, @Nullable HiddenContent hiddenBy) {
    cells++;
    ensureRoom(0);
    sink.cell(row, column, value, hiddenBy);
  }

  /** Refuses the file when {@code n} more cells would pass the limit, before they stream. */
  void ensureRoom(long n) {
    if (cells + n > limits.maxCells()) {
      throw new Refusal(
          "the workbook holds more than %s cells, the limit"
              .formatted(Sizes.count(limits.maxCells())));
    }
  }

  void nested(@Nullable String part, String name, byte[] content) {
    sink.nested(at(part, null), name, content);
  }
}
