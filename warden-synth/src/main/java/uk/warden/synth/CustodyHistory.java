package uk.warden.synth;

import java.util.List;
import uk.warden.core.custody.CustodyLedger;
import uk.warden.core.custody.Deletion;
import uk.warden.core.custody.RetentionRules;
import uk.warden.core.custody.Transfer;

/**
 * A custody history ready to load: transfers and deletions, each in time order with ids from 1. See
 * {@link SyntheticCustody} for the stories it tells.
 */
public record CustodyHistory(List<Transfer> transfers, List<Deletion> deletions) {

  public CustodyHistory {
    transfers = List.copyOf(transfers);
    deletions = List.copyOf(deletions);
  }

  /** Person-transfer memberships: how big the history is in the ledger's terms. */
  public long memberships() {
    long count = 0;
    for (Transfer transfer : transfers) {
      count += transfer.people().size();
    }
    return count;
  }

  /** The history indexed in one go, as the store does at start. */
  public CustodyLedger ledger(RetentionRules retention) {
    return CustodyLedger.of(retention, transfers, deletions);
  }
}
