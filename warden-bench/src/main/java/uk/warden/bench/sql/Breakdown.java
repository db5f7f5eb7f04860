package uk.warden.bench.sql;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import uk.warden.core.breach.Aggregates;
import uk.warden.core.breach.Count;
import uk.warden.core.breach.PersonAttributes;

/**
 * A breakdown of the exposed that both sides count: the engine's aggregate, and the {@code person}
 * column SQL groups by. Keys are the engine's labels (enum names, rank and unit labels).
 */
enum Breakdown {
  KIND("kind", Aggregates::byKind),
  STATUS("status", Aggregates::byStatus),
  RANK_OR_GRADE("rank_or_grade", Aggregates::byRankOrGrade),
  UNIT("unit", Aggregates::byUnit),
  CLEARANCE("highest_clearance", Breakdown::clearances);

  /** How the engine and the report name people with no valid clearance. */
  static final String UNCLEARED = "uncleared";

  private final String column;
  private final Function<Aggregates, Map<?, Count>> engine;

  Breakdown(String column, Function<Aggregates, Map<?, Count>> engine) {
    this.column = column;
    this.engine = engine;
  }

  String column() {
    return column;
  }

  /** The engine's counts, keyed by label. */
  Map<String, Count> of(Aggregates aggregates) {
    Map<String, Count> counts = new TreeMap<>();
    engine.apply(aggregates).forEach((key, count) -> counts.put(key.toString(), count));
    return counts;
  }

  /** The label of a value SQL grouped by; only clearance can be null. */
  String label(@Nullable String value) {
    if (value != null) {
      return value;
    }
    return this == CLEARANCE ? UNCLEARED : PersonAttributes.UNRECORDED;
  }

  private static Map<?, Count> clearances(Aggregates aggregates) {
    Map<Object, Count> counts = new HashMap<>(aggregates.byClearance());
    if (aggregates.uncleared().people() > 0) {
      counts.put(UNCLEARED, aggregates.uncleared());
    }
    return counts;
  }
}
