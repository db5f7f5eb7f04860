package uk.warden.app.breach.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import uk.warden.app.breach.report.IncidentReportView.GroupRow;
import uk.warden.app.breach.report.IncidentReportView.GroupTable;
import uk.warden.core.breach.Aggregates;
import uk.warden.core.breach.Count;
import uk.warden.core.breach.Impact;
import uk.warden.core.breach.PersonAttributes;
import uk.warden.core.register.ClearanceLevel;
import uk.warden.core.register.ClearanceScheme;
import uk.warden.core.register.DataTaxonomy;
import uk.warden.core.register.PersonKind;

/**
 * The breakdowns of the exposed, worst case beside best. Enum groups keep their declared order;
 * open-ended groups (rank, unit, category) are sorted by people in the worst case, largest first,
 * and units are cut to the largest {@value #TOP_UNITS} so a force with hundreds fits a page.
 */
final class GroupTables {

  static final int TOP_UNITS = 20;

  private final Aggregates worst;
  private final Aggregates best;
  private final ReportLabels.CategoryNames names;

  GroupTables(Impact impact, DataTaxonomy taxonomy) {
    this.worst = impact.worstCase().aggregates();
    this.best = impact.bestCase().aggregates();
    this.names = new ReportLabels.CategoryNames(taxonomy);
  }

  List<GroupTable> tables() {
    List<GroupTable> tables = new ArrayList<>();
    List<GroupRow> kinds = rows(Aggregates::byKind, PersonKind::label, null);
    addIfAny(kinds, "Not in the register", Aggregates::unregistered);
    tables.add(new GroupTable("By kind", "", true, kinds));
    tables.add(
        new GroupTable(
            "By rank or grade",
            "",
            true,
            rows(
                Aggregates::byRankOrGrade,
                GroupTables::recorded,
                byWorstPeople(Aggregates::byRankOrGrade))));
    tables.add(units());
    List<GroupRow> clearances = rows(Aggregates::byClearance, GroupTables::clearance, null);
    addIfAny(clearances, "No valid clearance", Aggregates::uncleared);
    tables.add(
        new GroupTable(
            "By deepest valid clearance",
            "Police vetting (APP) and national security vetting.",
            true,
            clearances));
    tables.add(
        new GroupTable(
            "By employment status",
            "Leavers are still data subjects, and harder to reach with a notice.",
            true,
            rows(Aggregates::byStatus, ReportLabels::status, null)));
    tables.add(
        new GroupTable(
            "By data category",
            "A record is one person-category pair, so each category's records equal its people.",
            false,
            rows(Aggregates::byCategory, names::of, byWorstPeople(Aggregates::byCategory))));
    return tables;
  }

  private GroupTable units() {
    List<String> keys = keys(Aggregates::byUnit, byWorstPeople(Aggregates::byUnit));
    List<GroupRow> rows = new ArrayList<>();
    for (String unit : keys.subList(0, Math.min(TOP_UNITS, keys.size()))) {
      rows.add(row(recorded(unit), count(worst.byUnit(), unit), count(best.byUnit(), unit)));
    }
    List<String> others = keys.subList(Math.min(TOP_UNITS, keys.size()), keys.size());
    if (!others.isEmpty()) {
      long worstPeople = 0;
      long worstRecords = 0;
      long bestPeople = 0;
      long bestRecords = 0;
      for (String unit : others) {
        worstPeople += count(worst.byUnit(), unit).people();
        worstRecords += count(worst.byUnit(), unit).records();
        bestPeople += count(best.byUnit(), unit).people();
        bestRecords += count(best.byUnit(), unit).records();
      }
      rows.add(
          row(
              "Others (" + ReportFormat.count(others.size()) + " units)",
              new Count(worstPeople, worstRecords),
              new Count(bestPeople, bestRecords)));
    }
    String note =
        others.isEmpty()
            ? ""
            : "The "
                + TOP_UNITS
                + " units with most people exposed in the worst case, then the rest.";
    return new GroupTable("By unit", note, true, rows);
  }

  /** Rows for every group in either case, in {@code order} or the map's own order if null. */
  private <K> List<GroupRow> rows(
      Function<Aggregates, Map<K, Count>> groups,
      Function<K, String> label,
      @Nullable Comparator<K> order) {
    List<GroupRow> rows = new ArrayList<>();
    for (K key : keys(groups, order)) {
      rows.add(
          row(label.apply(key), count(groups.apply(worst), key), count(groups.apply(best), key)));
    }
    return rows;
  }

  private <K> List<K> keys(
      Function<Aggregates, Map<K, Count>> groups, @Nullable Comparator<K> order) {
    Set<K> keys = new LinkedHashSet<>(groups.apply(worst).keySet());
    keys.addAll(groups.apply(best).keySet());
    List<K> sorted = new ArrayList<>(keys);
    if (order != null) {
      sorted.sort(order);
    }
    return sorted;
  }

  private <K extends Comparable<K>> Comparator<K> byWorstPeople(
      Function<Aggregates, Map<K, Count>> groups) {
    Map<K, Count> counts = groups.apply(worst);
    Comparator<K> byPeople = Comparator.comparingLong(key -> count(counts, key).people());
    return byPeople.reversed().thenComparing(Comparator.naturalOrder());
  }

  private void addIfAny(List<GroupRow> rows, String label, Function<Aggregates, Count> group) {
    Count w = group.apply(worst);
    Count b = group.apply(best);
    if (w.people() > 0 || b.people() > 0) {
      rows.add(row(label, w, b));
    }
  }

  private static <K> Count count(Map<K, Count> counts, K key) {
    return counts.getOrDefault(key, Count.ZERO);
  }

  private static GroupRow row(String label, Count worst, Count best) {
    return new GroupRow(
        label,
        ReportFormat.count(worst.people()),
        ReportFormat.count(worst.records()),
        ReportFormat.count(best.people()),
        ReportFormat.count(best.records()));
  }

  /** The engine's placeholder for a missing rank or unit, in words. */
  private static String recorded(String label) {
    return PersonAttributes.UNRECORDED.equals(label) ? "Not recorded" : label;
  }

  private static String clearance(ClearanceLevel level) {
    return level.label()
        + (level.scheme() == ClearanceScheme.NSV ? " (national security)" : " (police)");
  }
}
