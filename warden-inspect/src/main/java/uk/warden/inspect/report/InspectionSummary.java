package uk.warden.inspect.report;

import java.util.List;
import java.util.Map;

/**
 * Several files inspected together (a disclosure log scanned after the fact): each file's report,
 * the files that could not be read, the worst verdict, and distinct identifiers across all files,
 * so a person named in ten files counts once ({@code people} is the largest such count).
 */
public record InspectionSummary(
    List<FileReport> files,
    List<Unreadable> unreadable,
    Verdict verdict,
    Map<String, Long> distinctValues,
    long people) {

  public InspectionSummary {
    files = List.copyOf(files);
    unreadable = List.copyOf(unreadable);
    distinctValues = Map.copyOf(distinctValues);
  }

  public static InspectionSummary of(
      List<FileReport> files,
      List<Unreadable> unreadable,
      Verdict verdict,
      Map<String, Long> distinctValues) {
    return new InspectionSummary(
        files, unreadable, verdict, distinctValues, FileReport.atLeast(distinctValues));
  }
}
