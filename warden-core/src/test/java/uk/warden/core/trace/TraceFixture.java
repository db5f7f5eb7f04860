package uk.warden.core.trace;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/** A small workforce and helpers to cut extracts and leaks from it. */
final class TraceFixture {

  static final TraceKey KEY =
      new TraceKey("a test key of 32 bytes, no more.".getBytes(StandardCharsets.UTF_8));
  static final List<String> COLUMNS =
      List.of("pay_number", "surname", "forenames", "rank", "unit", "vetting_level");
  private static final String[] RANKS = {"Constable", "Sergeant", "Inspector", "PCSO"};

  final List<List<String>> people = new ArrayList<>();
  final Set<String> inUse = new HashSet<>();

  TraceFixture(int size, long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < size; i++) {
      String pay = String.format(Locale.ROOT, "PN%06d", 100_000 + i * 7);
      String surname =
          CanaryNames.SURNAMES[random.nextInt(CanaryNames.SURNAMES.length)] + letters(i);
      String forenames = CanaryNames.FORENAMES[random.nextInt(CanaryNames.FORENAMES.length)];
      people.add(
          List.of(
              pay,
              surname,
              forenames,
              RANKS[random.nextInt(RANKS.length)],
              "Unit " + random.nextInt(12),
              random.nextBoolean() ? "NPPV2" : "SC"));
      inUse.add(pay);
      inUse.add(forenames + " " + surname);
    }
  }

  /** Tells namesakes apart the way real surnames differ: by letters, never digits. */
  private static String letters(int i) {
    return "-" + (char) ('a' + i % 26) + (char) ('a' + i / 26 % 26) + (char) ('a' + i / 676 % 26);
  }

  Predicate<String> inUse() {
    return inUse::contains;
  }

  List<List<String>> slice(int from, int to) {
    return new ArrayList<>(people.subList(from, to));
  }

  /** The rows of a marked extract, with the header, without its canaries. */
  static List<List<String>> withoutCanaries(MarkedExtract extract) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(extract.columns());
    Set<Integer> canaries = new HashSet<>();
    for (int c : extract.canaryRows()) {
      canaries.add(c);
    }
    for (int r = 0; r < extract.rows().size(); r++) {
      if (!canaries.contains(r)) {
        rows.add(extract.rows().get(r));
      }
    }
    return rows;
  }

  /** Keeps the given columns of each row, in the given order. */
  static List<List<String>> columns(List<List<String>> rows, int... keep) {
    List<List<String>> kept = new ArrayList<>();
    for (List<String> row : rows) {
      List<String> cells = new ArrayList<>();
      for (int c : keep) {
        cells.add(row.get(c));
      }
      kept.add(cells);
    }
    return kept;
  }
}
