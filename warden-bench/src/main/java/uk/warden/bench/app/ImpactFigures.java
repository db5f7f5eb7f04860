package uk.warden.bench.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.warden.core.breach.Aggregates;
import uk.warden.core.breach.Count;
import uk.warden.core.breach.Exposure;
import uk.warden.core.breach.Impact;
import uk.warden.core.breach.RiskTier;

/**
 * Every count of an impact's worst and best case, flattened to named figures ("worst people", "best
 * unit f3-u12 records"), from the engine's {@link Impact} or from the app's JSON: if the two agree,
 * the store reproduced the ledger, people's attributes included, and the app computed the same
 * answer. Names and tier rules are left out: only counts are compared.
 */
final class ImpactFigures {

  static final String CHECKED =
      "people, records, certain, possible, overdue, categories, tiers, kind, rank or grade, unit,"
          + " clearance, status, unregistered; worst and best case";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ImpactFigures() {}

  static Map<String, Long> of(Impact impact) {
    Map<String, Long> figures = new TreeMap<>();
    add(figures, "worst", impact.worstCase());
    add(figures, "best", impact.bestCase());
    return figures;
  }

  /** The app's {@code ImpactView} JSON, from the CLI or the API; the window must be unknown. */
  static Map<String, Long> ofJson(String json) {
    JsonNode view = JSON.readTree(json);
    Map<String, Long> figures = new TreeMap<>();
    for (String side : List.of("worst", "best")) {
      JsonNode node = view.get(side + "Case");
      if (node == null || node.isNull()) {
        throw new IllegalStateException("the app's impact has no " + side + " case");
      }
      add(figures, side, node);
    }
    return figures;
  }

  /** The top-level people count of the app's JSON: the worst case when the window is unknown. */
  static long people(String json) {
    return JSON.readTree(json).get("people").asLong();
  }

  /** The figures that differ, "name: expected ≠ actual", the first few. */
  static List<String> differences(Map<String, Long> expected, Map<String, Long> actual) {
    Set<String> names = new TreeSet<>(expected.keySet());
    names.addAll(actual.keySet());
    List<String> different = new ArrayList<>();
    for (String name : names) {
      if (!Objects.equals(expected.get(name), actual.get(name))) {
        different.add(name + ": engine " + expected.get(name) + ", app " + actual.get(name));
      }
    }
    return different;
  }

  private static void add(Map<String, Long> figures, String side, Exposure exposure) {
    String p = side + " ";
    figures.put(p + "people", (long) exposure.exposed().size());
    figures.put(p + "records", exposure.records());
    figures.put(p + "certain", (long) exposure.certain().size());
    figures.put(p + "possible", (long) exposure.possible().size());
    figures.put(p + "overdue", (long) exposure.overdue().size());
    exposure
        .byCategory()
        .forEach((key, people) -> figures.put(p + "category " + key, (long) people.size()));
    for (RiskTier tier : RiskTier.values()) {
      figures.put(p + "tier " + tier.name(), (long) exposure.tier(tier).size());
    }
    Aggregates a = exposure.aggregates();
    a.byKind().forEach((key, count) -> count(figures, p + "kind " + key.name(), count));
    a.byRankOrGrade().forEach((key, count) -> count(figures, p + "rank " + key, count));
    a.byUnit().forEach((key, count) -> count(figures, p + "unit " + key, count));
    a.byClearance().forEach((key, count) -> count(figures, p + "clearance " + key.name(), count));
    a.byStatus().forEach((key, count) -> count(figures, p + "status " + key.name(), count));
    count(figures, p + "uncleared", a.uncleared());
    count(figures, p + "unregistered", a.unregistered());
  }

  private static void add(Map<String, Long> figures, String side, JsonNode node) {
    String p = side + " ";
    for (String name : List.of("people", "records", "certain", "possible", "overdue")) {
      figures.put(p + name, node.get(name).asLong());
    }
    node.get("byCategory")
        .properties()
        .forEach(e -> figures.put(p + "category " + e.getKey(), e.getValue().asLong()));
    node.get("byTier")
        .properties()
        .forEach(e -> figures.put(p + "tier " + e.getKey(), e.getValue().asLong()));
    counts(figures, p + "kind ", node.get("byKind"));
    counts(figures, p + "rank ", node.get("byRankOrGrade"));
    counts(figures, p + "unit ", node.get("byUnit"));
    counts(figures, p + "clearance ", node.get("byClearance"));
    counts(figures, p + "status ", node.get("byStatus"));
    count(figures, p + "uncleared", node.get("uncleared"));
    count(figures, p + "unregistered", node.get("unregistered"));
  }

  private static void counts(Map<String, Long> figures, String prefix, JsonNode groups) {
    groups.properties().forEach(e -> count(figures, prefix + e.getKey(), e.getValue()));
  }

  private static void count(Map<String, Long> figures, String name, Count count) {
    figures.put(name, count.people());
    figures.put(name + " records", count.records());
  }

  private static void count(Map<String, Long> figures, String name, JsonNode count) {
    figures.put(name, count.get("people").asLong());
    figures.put(name + " records", count.get("records").asLong());
  }
}
