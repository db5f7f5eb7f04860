package uk.warden.core.trace;

import java.util.List;

/**
 * The answer to "where did this file come from?": the verdict, the candidate extracts best first
 * (with the runners-up when traced, so the margin shows), every canary sighting, and what was read
 * from the file.
 */
public record Trace(
    TraceVerdict verdict,
    List<TraceMatch> matches,
    List<CanarySighting> canaries,
    List<String> evidence) {

  public Trace {
    matches = List.copyOf(matches);
    canaries = List.copyOf(canaries);
    evidence = List.copyOf(evidence);
  }
}
