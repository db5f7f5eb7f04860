package uk.warden.inspect.content;

import org.jspecify.annotations.Nullable;

/**
 * Receives what a reader finds, in reading order. Text handed over is scanned for personal data by
 * the inspector and then dropped: a sink keeps counts, locations and masked examples, never the
 * text. {@code hiddenBy} is null for content a reader of the file sees, otherwise the reason it
 * does not (the text of a hidden sheet arrives with {@link HiddenContent#HIDDEN_SHEET}).
 */
public interface ContentSink {

  /**
   * Hidden or easily missed structure, e.g. a hidden sheet, with how many items (rows, comments).
   */
  void structure(HiddenContent code, Location location, long count, String detail);

  /** Prose: a paragraph, a comment, a page's text, a property value, a header. */
  void text(Location location, @Nullable HiddenContent hiddenBy, CharSequence text);

  /**
   * A table starts (a sheet, a CSV file, a Word table); its cells follow until the next {@code
   * table} or the end. The first non-empty row is treated as the header when it reads like one.
   */
  void table(Location location, @Nullable HiddenContent hiddenBy);

  /**
   * One cell of the current table, 0-based; {@code hiddenBy} says why this cell is not seen (a
   * hidden row or column, an invisible format) when the table itself is visible.
   */
  void cell(int row, int column, CharSequence value, @Nullable HiddenContent hiddenBy);

  /** A document inside this one (an e-mail attachment, an embedded workbook, a PDF attachment). */
  void nested(Location location, String name, byte[] content);
}
