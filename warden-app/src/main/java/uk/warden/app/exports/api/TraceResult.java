package uk.warden.app.exports.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import uk.warden.app.exports.RecordedExtract;
import uk.warden.app.exports.TracedFile;
import uk.warden.core.trace.TraceVerdict;

/**
 * What a trace found, as JSON: the verdict, the candidate extracts best first with their party,
 * agreement, date and transfer from the ledger, the extracts whose canaries the file carries, and
 * what was read from the file.
 */
record TraceResult(
    TraceVerdict verdict,
    List<Match> matches,
    List<CanarySighting> canarySightings,
    List<String> evidence) {

  /** A past extract the file may have come from. */
  record Match(
      String extractId,
      double confidence,
      List<String> evidence,
      @Nullable String party,
      @Nullable String agreement,
      @Nullable Instant madeAt,
      @Nullable Long transferId) {}

  /** Canaries of one extract in the file: a breach signal, recorded. */
  record CanarySighting(
      String extractId,
      int seen,
      int marked,
      @Nullable String party,
      @Nullable String agreement,
      @Nullable Instant madeAt,
      @Nullable Long transferId) {}

  static TraceResult of(TracedFile traced) {
    Map<String, RecordedExtract> known =
        Stream.concat(traced.candidates().stream(), traced.sighted().stream())
            .collect(
                Collectors.toMap(e -> Long.toString(e.id()), Function.identity(), (a, b) -> a));
    List<Match> matches =
        traced.trace().matches().stream()
            .map(
                m -> {
                  RecordedExtract e = known.get(m.extractId());
                  return new Match(
                      m.extractId(),
                      m.confidence(),
                      m.evidence(),
                      e == null ? null : e.party(),
                      e == null ? null : e.agreement(),
                      e == null ? null : e.madeAt(),
                      e == null ? null : e.transferId());
                })
            .toList();
    List<CanarySighting> sightings =
        traced.trace().canaries().stream()
            .map(
                s -> {
                  RecordedExtract e = known.get(s.extractId());
                  return new CanarySighting(
                      s.extractId(),
                      s.seen(),
                      s.marked(),
                      e == null ? null : e.party(),
                      e == null ? null : e.agreement(),
                      e == null ? null : e.madeAt(),
                      e == null ? null : e.transferId());
                })
            .toList();
    return new TraceResult(traced.trace().verdict(), matches, sightings, traced.trace().evidence());
  }
}
