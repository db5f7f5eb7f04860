package uk.warden.core.register.importing;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where each Warden field sits in a file, and the header text the file gives it, so problems can
 * name the column as the user sees it rather than by Warden's name for it.
 */
final class Columns {

  private final Map<PersonField, Integer> indexes;
  private final Map<PersonField, String> headers;
  private final List<String> ignored;

  Columns(
      Map<PersonField, Integer> indexes, Map<PersonField, String> headers, List<String> ignored) {
    this.indexes = new EnumMap<>(indexes);
    this.headers = new EnumMap<>(headers);
    this.ignored = List.copyOf(ignored);
  }

  boolean has(PersonField field) {
    return indexes.containsKey(field);
  }

  /** The untrimmed cell for the field, or null when the file has no such column. */
  @Nullable String cell(SourceRow row, PersonField field) {
    Integer index = indexes.get(field);
    return index == null ? null : row.cell(index);
  }

  /** The field's column position, or past the last column when the file has none. */
  int position(PersonField field) {
    return indexes.getOrDefault(field, Integer.MAX_VALUE);
  }

  /** The column's header as written in the file, or Warden's field name when it is absent. */
  String header(PersonField field) {
    return headers.getOrDefault(field, field.fieldName());
  }

  /** Headers of columns Warden does not read, so the user can see what was left out. */
  List<String> ignored() {
    return ignored;
  }
}
