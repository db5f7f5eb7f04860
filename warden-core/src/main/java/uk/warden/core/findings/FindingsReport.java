package uk.warden.core.findings;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One evaluation: its findings, most severe first (then by rule and key), how many each enabled
 * rule found (zero included, so "checked and clean" shows), and how long each rule took.
 */
public record FindingsReport(
    Instant at,
    String ruleSource,
    List<Finding> findings,
    Map<String, Integer> countsByRule,
    Map<String, Duration> timeByRule) {

  public FindingsReport {
    findings = List.copyOf(findings);
    countsByRule = Collections.unmodifiableMap(new LinkedHashMap<>(countsByRule));
    timeByRule = Collections.unmodifiableMap(new LinkedHashMap<>(timeByRule));
  }

  public List<Finding> byRule(String ruleCode) {
    List<Finding> matching = new ArrayList<>();
    for (Finding finding : findings) {
      if (finding.ruleCode().equals(ruleCode)) {
        matching.add(finding);
      }
    }
    return matching;
  }

  /** The findings about one subject kind and id, qualified or not (a principal on any system). */
  public List<Finding> about(SubjectKind kind, String id) {
    List<Finding> matching = new ArrayList<>();
    for (Finding finding : findings) {
      if (finding.subject().kind() == kind && finding.subject().id().equals(id)) {
        matching.add(finding);
      }
    }
    return matching;
  }
}
