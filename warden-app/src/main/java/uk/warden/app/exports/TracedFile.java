package uk.warden.app.exports;

import java.util.List;
import uk.warden.core.trace.Trace;

/**
 * What a trace found, with each candidate extract's party and date from the ledger.
 *
 * @param sighted extracts whose canaries the file carries: each is a breach signal, recorded
 */
public record TracedFile(
    Trace trace, List<RecordedExtract> candidates, List<RecordedExtract> sighted) {

  public TracedFile {
    candidates = List.copyOf(candidates);
    sighted = List.copyOf(sighted);
  }
}
