package uk.warden.core.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds which columns of a leak identify people, from their values rather than their header: a
 * found file may have lost its header, renamed it, or dropped and reordered columns. On a sample of
 * rows, a column is a pay number or identifier column when a fair share of its values are keys some
 * past extract held, and the name is the single column or pair of columns whose words most often
 * make a known name.
 */
final class LeakColumns {

  private static final int SAMPLE = 100;
  private static final double MIN_SHARE = 0.2;

  private LeakColumns() {}

  static ColumnRoles detect(List<List<String>> rows, ExtractIndex index, TraceKey key) {
    List<List<String>> sample = sample(rows);
    int width = rows.stream().mapToInt(List::size).max().orElse(0);
    int needed = (int) Math.max(1, Math.ceil(sample.size() * MIN_SHARE));
    ColumnRole[] roles = new ColumnRole[width];
    Arrays.fill(roles, ColumnRole.OTHER);
    for (int column = 0; column < width; column++) {
      int pay = hits(sample, index, key, column, KeyKind.PAY_NUMBER);
      int other = hits(sample, index, key, column, KeyKind.IDENTIFIER);
      if (Math.max(pay, other) >= needed) {
        roles[column] = pay >= other ? ColumnRole.PAY_NUMBER : ColumnRole.IDENTIFIER;
      }
    }
    int[] name = bestName(sample, index, key, roles, needed);
    for (int column : name) {
      roles[column] = ColumnRole.FULL_NAME;
    }
    return new ColumnRoles(List.of(roles));
  }

  /** The name columns (one or two), or none when no choice makes enough known names. */
  private static int[] bestName(
      List<List<String>> sample, ExtractIndex index, TraceKey key, ColumnRole[] roles, int needed) {
    int[] best = new int[0];
    int bestHits = needed - 1;
    boolean[] wordy = new boolean[roles.length];
    for (int column = 0; column < roles.length; column++) {
      wordy[column] = roles[column] == ColumnRole.OTHER && mostlyWords(sample, column);
    }
    for (int first = 0; first < roles.length; first++) {
      if (!wordy[first]) {
        continue;
      }
      for (int second = first; second < roles.length; second++) {
        if (!wordy[second]) {
          continue;
        }
        int[] columns = first == second ? new int[] {first} : new int[] {first, second};
        int hits = nameHits(sample, index, key, columns);
        if (hits > bestHits) {
          best = columns;
          bestHits = hits;
        }
      }
    }
    return best;
  }

  /** Names have letters and no digits; skipping other columns saves most of the pairs tried. */
  private static boolean mostlyWords(List<List<String>> sample, int column) {
    int words = 0;
    for (List<String> row : sample) {
      String cell = column < row.size() ? row.get(column) : "";
      if (cell.chars().anyMatch(Character::isLetter)
          && cell.chars().noneMatch(Character::isDigit)) {
        words++;
      }
    }
    return words * 2 >= sample.size();
  }

  private static int hits(
      List<List<String>> sample, ExtractIndex index, TraceKey key, int column, KeyKind kind) {
    int hits = 0;
    for (List<String> row : sample) {
      if (column < row.size()) {
        long k = PersonKeys.identifier(key, kind, row.get(column));
        if (k != 0 && index.knows(k)) {
          hits++;
        }
      }
    }
    return hits;
  }

  private static int nameHits(
      List<List<String>> sample, ExtractIndex index, TraceKey key, int[] columns) {
    int hits = 0;
    List<String> parts = new ArrayList<>(columns.length);
    for (List<String> row : sample) {
      parts.clear();
      for (int column : columns) {
        if (column < row.size()) {
          parts.add(row.get(column));
        }
      }
      long k = PersonKeys.name(key, parts);
      if (k != 0 && index.knows(k)) {
        hits++;
      }
    }
    return hits;
  }

  /** Rows spread evenly through the leak, so a sorted file is sampled from end to end. */
  private static List<List<String>> sample(List<List<String>> rows) {
    if (rows.size() <= SAMPLE) {
      return rows;
    }
    List<List<String>> sample = new ArrayList<>(SAMPLE);
    for (int i = 0; i < SAMPLE; i++) {
      sample.add(rows.get((int) ((long) i * rows.size() / SAMPLE)));
    }
    return sample;
  }
}
