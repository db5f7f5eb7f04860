package uk.warden.core.trace;

import java.util.List;

/**
 * A past extract the leak may have come from.
 *
 * @param confidence the probability, given the evidence, that the leak came from this extract
 * @param evidence what supports it, one fact a line, for the finding and the report
 */
public record TraceMatch(String extractId, double confidence, List<String> evidence) {

  public TraceMatch {
    evidence = List.copyOf(evidence);
  }
}
