package uk.warden.inspect.report;

import java.util.List;
import java.util.Map;
import uk.warden.inspect.content.Format;

/**
 * The inspection of one file, with everything found in what it contains (attachments, embedded
 * documents). {@code distinctValues} counts distinct personal identifiers by type, the basis of the
 * people count.
 */
public record FileReport(
    String file,
    Format format,
    long bytes,
    Verdict verdict,
    List<Finding> findings,
    List<ColumnReport> columns,
    Map<String, Long> distinctValues) {

  public FileReport {
    findings = List.copyOf(findings);
    columns = List.copyOf(columns);
    distinctValues = Map.copyOf(distinctValues);
  }

  /** At least this many people: the largest count of distinct identifiers of one kind. */
  public long people() {
    return distinctValues.values().stream().mapToLong(Long::longValue).max().orElse(0);
  }
}
