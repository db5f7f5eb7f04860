package uk.warden.inspect.report;

import java.util.List;
import java.util.Map;
import uk.warden.inspect.content.Format;

/**
 * The inspection of one file, with everything found in what it contains (attachments, embedded
 * documents). {@code distinctValues} counts distinct personal identifiers by type; {@code people}
 * is the largest of them: at least that many different people are named.
 */
public record FileReport(
    String file,
    Format format,
    long bytes,
    Verdict verdict,
    List<Finding> findings,
    List<ColumnReport> columns,
    Map<String, Long> distinctValues,
    long people) {

  public FileReport {
    findings = List.copyOf(findings);
    columns = List.copyOf(columns);
    distinctValues = Map.copyOf(distinctValues);
  }

  public static FileReport of(
      String file,
      Format format,
      long bytes,
      Verdict verdict,
      List<Finding> findings,
      List<ColumnReport> columns,
      Map<String, Long> distinctValues) {
    return new FileReport(
        file, format, bytes, verdict, findings, columns, distinctValues, atLeast(distinctValues));
  }

  static long atLeast(Map<String, Long> distinctValues) {
    return distinctValues.values().stream().mapToLong(Long::longValue).max().orElse(0);
  }
}
