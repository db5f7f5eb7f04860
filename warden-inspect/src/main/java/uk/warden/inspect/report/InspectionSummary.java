package uk.warden.inspect.report;

import java.util.List;
import java.util.Map;

/**
 * Several files inspected together (a disclosure log scanned after the fact): each file's report,
 * the files that could not be read, the worst verdict, and distinct identifiers across all files,
 * so a person named in ten files counts once.
 */
public record InspectionSummary(
    List<FileReport> files,
    List<Unreadable> unreadable,
    Verdict verdict,
    Map<String, Long> distinctValues) {

  public InspectionSummary {
    files = List.copyOf(files);
    unreadable = List.copyOf(unreadable);
    distinctValues = Map.copyOf(distinctValues);
  }

  /** At least this many different people across all files. */
  public long people() {
    return distinctValues.values().stream().mapToLong(Long::longValue).max().orElse(0);
  }
}
