package uk.warden.core.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Marks an extract before it leaves, without changing what it says: the real rows are put in an
 * order keyed to the extract, and a few canaries are slipped in at keyed places. Marking the same
 * rows under the same id and key again gives the same file, so a disputed extract can be rebuilt.
 */
public final class ExtractMarker {

  private final TraceKey key;
  private final CanaryCount canaryCount;
  private final CanaryMaker canaries;

  public ExtractMarker(TraceKey key, CanaryCount canaryCount) {
    this.key = key;
    this.canaryCount = canaryCount;
    this.canaries = new CanaryMaker(key);
  }

  /**
   * Marks an extract whose columns' roles are read from its header names.
   *
   * @param inUse true for any identifier or full name of a real person or an earlier canary: a
   *     canary must never be mistaken for someone who exists
   */
  public MarkedExtract mark(
      String extractId, List<String> columns, List<List<String>> rows, Predicate<String> inUse) {
    return mark(extractId, columns, ColumnRoles.fromHeader(columns), rows, inUse);
  }

  public MarkedExtract mark(
      String extractId,
      List<String> columns,
      ColumnRoles roles,
      List<List<String>> rows,
      Predicate<String> inUse) {
    if (!roles.identifiesPeople()) {
      throw new IllegalArgumentException(
          "extract " + extractId + " has no column that identifies a person: nothing to trace by");
    }
    if (roles.roles().size() != columns.size()) {
      throw new IllegalArgumentException("a role is needed for each of the extract's columns");
    }
    long salt = key.orderSalt(extractId);
    List<KeyedRow> ordered = new ArrayList<>(rows.size());
    for (List<String> row : rows) {
      long[] keys = roles.keysOf(key, row);
      long primary = keys.length == 0 ? 0 : keys[0];
      ordered.add(new KeyedRow(row, keys, RowOrder.position(salt, primary)));
    }
    // Stable, so rows that share a primary key (duplicates, blanks) keep the caller's order.
    ordered.sort(Comparator.comparingLong(KeyedRow::position));

    List<List<String>> made =
        canaries.make(extractId, roles, rows, canaryCount.forRows(rows.size()), inUse);
    int[] places = canaryPlaces(extractId, made.size(), rows.size());
    List<List<String>> marked = new ArrayList<>(rows.size() + made.size());
    KeyRows.Builder people = new KeyRows.Builder();
    KeyRows.Builder canaryKeys = new KeyRows.Builder();
    int next = 0;
    for (int i = 0; i <= ordered.size(); i++) {
      while (next < places.length && places[next] == i) {
        List<String> canary = made.get(next++);
        canaryKeys.add(roles.keysOf(key, canary));
        marked.add(canary);
      }
      if (i < ordered.size()) {
        people.add(ordered.get(i).keys());
        marked.add(ordered.get(i).cells());
      }
    }
    int[] canaryRows = new int[places.length];
    for (int c = 0; c < places.length; c++) {
      canaryRows[c] = places[c] + c;
    }
    ExtractFingerprint fingerprint =
        new ExtractFingerprint(extractId, people.build(), canaryKeys.build());
    return new MarkedExtract(columns, marked, canaryRows, fingerprint);
  }

  /** Before which real row each canary goes, ascending: keyed, so not guessable from the file. */
  private int[] canaryPlaces(String extractId, int count, int rows) {
    int[] places = new int[count];
    for (int c = 0; c < count; c++) {
      places[c] = (int) Long.remainderUnsigned(key.hash("place|" + extractId + "|" + c), rows + 1L);
    }
    Arrays.sort(places);
    return places;
  }

  private record KeyedRow(List<String> cells, long[] keys, long position) {}
}
