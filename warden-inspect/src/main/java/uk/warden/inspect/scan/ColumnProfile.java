package uk.warden.inspect.scan;

import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.detect.EntityType;

/**
 * What one column's values turned out to be: per detected type, how many values it covers, plus how
 * many read as names or codes for its header's role, and the reason its cells are hidden.
 */
final class ColumnProfile {

  final int column;
  final String header;
  final @Nullable HeaderRole role;
  long values;
  long hiddenValues;
  @Nullable HiddenContent hiddenBy;
  long nameShaped;
  long codeShaped;
  int firstRow = Integer.MAX_VALUE;
  int lastRow = -1;
  final Map<EntityType, Long> byType = new EnumMap<>(EntityType.class);
  final Map<String, String> examples = new java.util.HashMap<>();

  ColumnProfile(int column, String header) {
    this.column = column;
    this.header = header;
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

  void typed(EntityType type, String masked) {
    byType.merge(type, 1L, Long::sum);
    examples.putIfAbsent(type.name(), masked);
  }

  void example(String type, String masked) {
    examples.putIfAbsent(type, masked);
  }

  /** Hidden when every value is: a hidden column, or a column only in hidden rows. */
  @Nullable HiddenContent hiddenBy() {
    return values > 0 && hiddenValues == values ? hiddenBy : null;
  }
}
