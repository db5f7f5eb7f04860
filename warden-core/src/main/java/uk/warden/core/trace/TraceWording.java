package uk.warden.core.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The evidence lines of a trace, in words an investigator can check against the file. */
final class TraceWording {

  private TraceWording() {}

  static String rows(LeakRows leak) {
    StringBuilder line =
        new StringBuilder(count(leak.rows(), "row") + " read: ")
            .append(count(leak.recognised(), "person"))
            .append(" recognised");
    String columns = columns(leak.roles());
    if (!columns.isEmpty()) {
      line.append(" by ").append(columns);
    }
    int canaryRows = leak.canaries().values().stream().mapToInt(Set::size).sum();
    if (canaryRows > 0) {
      line.append("; ").append(count(canaryRows, "canary row"));
    }
    if (leak.unrecognised() > 0) {
      line.append("; ").append(count(leak.unrecognised(), "row")).append(" named nobody we know");
    }
    if (leak.headerSkipped()) {
      line.append("; the first row was taken as a header");
    }
    return line.toString();
  }

  /** Says when order gave nothing, so a reader knows why same-people extracts stay tied. */
  static Optional<String> order(LeakRows leak, Map<Integer, OrderFit> fits) {
    if (fits.isEmpty()) {
      return leak.recognised() < OrderFit.MIN_ROWS
          ? Optional.of("too few rows to compare their order with any extract's")
          : Optional.empty();
    }
    if (fits.values().stream().anyMatch(fit -> OrderFit.beatsChance(fit.lnChance()))) {
      return Optional.empty();
    }
    double best = fits.values().stream().mapToDouble(OrderFit::concordance).max().orElse(0.5);
    return Optional.of(
        String.format(
            Locale.ROOT,
            "the rows follow no candidate's keyed order (best agreement %.2f, 0.50 is chance): the"
                + " file was re-sorted or shuffled, so order is no evidence here",
            best));
  }

  static List<String> match(
      int e,
      LeakRows leak,
      int held,
      int holdingAll,
      Map<Integer, OrderFit> fits,
      ExtractIndex index) {
    List<String> lines = new ArrayList<>();
    String id = index.extractId(e);
    Set<Integer> canaries = leak.canaries().get(e);
    if (canaries != null) {
      lines.add(canaries.size() + " of " + index.canaries(e) + " canaries of extract " + id);
    }
    if (leak.recognised() > 0) {
      String line =
          held
              + " of "
              + count(leak.recognised(), "recognised person")
              + " in extract "
              + id
              + " ("
              + count(index.people(e), "person")
              + ")";
      if (held == leak.recognised()) {
        int others = holdingAll - 1;
        line +=
            others == 0
                ? "; no other extract holds them all"
                : "; " + count(others, "other extract") + " hold them all";
      }
      lines.add(line);
    }
    OrderFit fit = fits.get(e);
    if (fit != null) {
      lines.add(
          String.format(
              Locale.ROOT,
              OrderFit.beatsChance(fit.lnChance())
                  ? "row order agrees with extract %s's at %.2f over %d rows (by chance: 1 in 10^%.0f)"
                  : "row order does not follow extract %s's (%.2f over %d rows, 0.50 is chance)",
              id,
              fit.concordance(),
              fit.rows(),
              -fit.lnChance() / Math.log(10)));
    }
    return lines;
  }

  private static String columns(ColumnRoles roles) {
    List<String> pay = new ArrayList<>();
    List<String> identifiers = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int c = 0; c < roles.roles().size(); c++) {
      String number = Integer.toString(c + 1);
      switch (roles.role(c)) {
        case PAY_NUMBER -> pay.add(number);
        case IDENTIFIER -> identifiers.add(number);
        case SURNAME, FORENAMES, FULL_NAME -> names.add(number);
        case OTHER -> {}
      }
    }
    List<String> parts = new ArrayList<>();
    describe(parts, "pay number", pay);
    describe(parts, "identifier", identifiers);
    describe(parts, "name", names);
    return String.join(", ", parts);
  }

  private static void describe(List<String> parts, String what, List<String> columns) {
    if (!columns.isEmpty()) {
      parts.add(
          what
              + " (column"
              + (columns.size() == 1 ? " " : "s ")
              + String.join(" and ", columns)
              + ")");
    }
  }

  private static String count(long n, String noun) {
    String plural =
        n == 1 ? noun : noun.endsWith("person") ? noun.replace("person", "people") : noun + "s";
    return String.format(Locale.ROOT, "%,d %s", n, plural);
  }
}
