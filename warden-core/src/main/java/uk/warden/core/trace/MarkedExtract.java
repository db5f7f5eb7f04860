package uk.warden.core.trace;

import java.util.List;

/**
 * An extract as it leaves: the same columns, every real row unchanged but in the extract's keyed
 * order, and the canaries among them; with the fingerprint to record in the ledger.
 *
 * @param canaryRows where the canaries are in {@code rows}, ascending
 */
public record MarkedExtract(
    List<String> columns,
    List<List<String>> rows,
    int[] canaryRows,
    ExtractFingerprint fingerprint) {

  public MarkedExtract {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    canaryRows = canaryRows.clone();
  }

  @Override
  public int[] canaryRows() {
    return canaryRows.clone();
  }
}
