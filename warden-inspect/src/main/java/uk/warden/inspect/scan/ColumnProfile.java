package uk.warden.inspect.scan;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.detect.EntityType;
import uk.warden.inspect.detect.TextScanner;

/**
 * What one column's values turned out to be: per detected type, how many values it covers, plus how
 * many read as names or codes for its header's role, and the reason its cells are hidden.
 */
final class ColumnProfile {

  final int column;
  final String header;

  /** The header as the scanner reads it for context, prepared once for all the column's cells. */
  final TextScanner.Header scanHeader;

  final @Nullable HeaderRole role;
  long values;
  long hiddenValues;
  @Nullable HiddenContent hiddenBy;
  long nameShaped;
  long codeShaped;
  int firstRow = Integer.MAX_VALUE;
  int lastRow = -1;

  /** Values covered by each detected type, by ordinal: counted per detection, so not boxed. */
  final long[] byType = new long[EntityType.values().length];

  final Map<String, String> examples = new java.util.HashMap<>();

  ColumnProfile(int column, String header, TextScanner.Header scanHeader) {
    this.column = column;
    this.header = header;
    this.scanHeader = scanHeader;
    this.role = HeaderRole.of(header);
  }

  void value(int row, @Nullable HiddenContent hidden) {
    values++;
    firstRow = Math.min(firstRow, row);
    lastRow = Math.max(lastRow, row);
    if (hidden != null) {
      hiddenValues++;
      if (hiddenBy == null) {
        hiddenBy = hidden;
      }
    }
  }

  void typed(EntityType type, CharSequence value) {
    byType[type.ordinal()]++;
    example(type.name(), value);
  }

  /** Keeps the first example of each type, masked; later values are not masked at all. */
  void example(String type, CharSequence value) {
    if (!examples.containsKey(type)) {
      examples.put(type, Masking.mask(value));
    }
  }

  /** Hidden when every value is: a hidden column, or a column only in hidden rows. */
  @Nullable HiddenContent hiddenBy() {
    return values > 0 && hiddenValues == values ? hiddenBy : null;
  }
}
