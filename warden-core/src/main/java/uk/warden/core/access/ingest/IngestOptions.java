package uk.warden.core.access.ingest;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How strictly to read a log.
 *
 * @param zone the zone of timestamps written without an offset ({@code 2025-03-31T14:05:00})
 * @param justificationRequired whether consultations and disclosures must carry a justification:
 *     DPA 2018 s.62 asked for one until the Data (Use and Access) Act 2025 removed the duty, so a
 *     force chooses (DOMAIN.md §2.2)
 * @param knownSystems the register's system codes, to refuse events on systems it does not know;
 *     null accepts any well-formed code
 * @param maxProblems problems listed before the rest are only counted, so a log that is wrong on
 *     every one of ten million lines does not exhaust memory describing it
 */
public record IngestOptions(
    ZoneId zone,
    boolean justificationRequired,
    @Nullable Set<String> knownSystems,
    int maxProblems) {

  public static final int DEFAULT_MAX_PROBLEMS = 1000;

  public IngestOptions {
    Objects.requireNonNull(zone, "zone");
    knownSystems = knownSystems == null ? null : Set.copyOf(knownSystems);
    if (maxProblems < 1) {
      throw new IllegalArgumentException("at least one problem must be listed");
    }
  }

  /** Justification optional, any system, offsets-free times in {@code zone}. */
  public static IngestOptions defaults(ZoneId zone) {
    return new IngestOptions(zone, false, null, DEFAULT_MAX_PROBLEMS);
  }

  public IngestOptions requiringJustification() {
    return new IngestOptions(zone, true, knownSystems, maxProblems);
  }

  public IngestOptions withKnownSystems(Set<String> systems) {
    return new IngestOptions(zone, justificationRequired, systems, maxProblems);
  }

  public IngestOptions withMaxProblems(int max) {
    return new IngestOptions(zone, justificationRequired, knownSystems, max);
  }
}
