package uk.warden.app.exports;

import java.time.Instant;
import java.util.List;

/**
 * An extract as the ledger knows it: who it went to, when, under which agreement, how many people,
 * and its file's SHA-256. The canaries it carried are not listed: a count is all anyone needs.
 */
public record RecordedExtract(
    long id,
    long transferId,
    String agreement,
    String party,
    Instant madeAt,
    String madeBy,
    String sha256,
    int people,
    int canaries,
    List<String> columns) {

  public RecordedExtract {
    columns = List.copyOf(columns);
  }
}
