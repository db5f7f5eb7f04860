package uk.warden.synth.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import uk.warden.core.trace.MarkedExtract;

/** Cuts a found file from a marked extract under a {@link LeakCondition}. */
final class LeakMaker {

  private LeakMaker() {}

  static List<List<String>> cut(MarkedExtract extract, LeakCondition condition, Random random) {
    List<Integer> rows = pickRows(extract, condition, random);
    if (condition.shuffled()) {
      Collections.shuffle(rows, random);
    }
    int[] columns = keptColumns(extract.columns(), random);
    boolean retyped = random.nextBoolean();
    List<List<String>> file = new ArrayList<>(rows.size() + 1);
    int header = random.nextInt(3);
    if (header == 0) {
      file.add(project(extract.columns(), columns, false, random));
    } else if (header == 1) {
      List<String> renamed = new ArrayList<>();
      for (int c = 0; c < columns.length; c++) {
        renamed.add("Field " + (c + 1));
      }
      file.add(renamed);
    }
    for (int r : rows) {
      file.add(project(extract.rows().get(r), columns, retyped, random));
    }
    return file;
  }

  private static List<Integer> pickRows(
      MarkedExtract extract, LeakCondition condition, Random random) {
    Set<Integer> canaries = new HashSet<>();
    Arrays.stream(extract.canaryRows()).forEach(canaries::add);
    List<Integer> pool = new ArrayList<>();
    for (int r = 0; r < extract.rows().size(); r++) {
      if (condition.canaries() || !canaries.contains(r)) {
        pool.add(r);
      }
    }
    int count = (int) Math.max(1, Math.round(pool.size() * condition.share()));
    Collections.shuffle(pool, random);
    List<Integer> picked = new ArrayList<>(pool.subList(0, count));
    Collections.sort(picked);
    return picked;
  }

  /** Some identifying columns (at least one), each other column half the time, in any order. */
  private static int[] keptColumns(List<String> header, Random random) {
    List<Integer> identifying = new ArrayList<>();
    List<Integer> kept = new ArrayList<>();
    int surname = header.indexOf("surname");
    int forenames = header.indexOf("forenames");
    for (String column : List.of("pay_number", "surname", "photo_ref")) {
      if (header.contains(column)) {
        identifying.add(header.indexOf(column));
      }
    }
    Collections.shuffle(identifying, random);
    int keep = 1 + random.nextInt(identifying.size());
    for (int i = 0; i < keep; i++) {
      kept.add(identifying.get(i));
      if (identifying.get(i) == surname) {
        kept.add(forenames);
      }
    }
    for (int c = 0; c < header.size(); c++) {
      if (!kept.contains(c)
          && c != surname
          && c != forenames
          && !identifiesAlone(header.get(c))
          && random.nextBoolean()) {
        kept.add(c);
      }
    }
    if (random.nextInt(3) > 0) {
      kept.sort(null);
    } else {
      Collections.shuffle(kept, random);
    }
    return kept.stream().mapToInt(Integer::intValue).toArray();
  }

  private static boolean identifiesAlone(String column) {
    return column.equals("pay_number") || column.equals("photo_ref");
  }

  private static List<String> project(
      List<String> row, int[] columns, boolean retyped, Random random) {
    List<String> cells = new ArrayList<>(columns.length);
    for (int c : columns) {
      cells.add(retyped ? retype(row.get(c), random) : row.get(c));
    }
    return cells;
  }

  /** As someone copying by hand or through another tool would: case and spacing change. */
  private static String retype(String value, Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> value.toUpperCase(Locale.ROOT);
      case 1 -> value.toLowerCase(Locale.ROOT);
      case 2 -> " " + value.replace(" ", "  ") + "  ";
      default -> value;
    };
  }
}
