package uk.warden.bench;

import java.util.List;
import uk.warden.core.custody.CustodyLedger;
import uk.warden.core.custody.PartyCustody;
import uk.warden.core.custody.Transfer;
import uk.warden.synth.SyntheticLedger;

/** One line saying what was measured, so a report shows the ledger had the shape. */
final class LedgerShape {

  private LedgerShape() {}

  static String describe(SyntheticLedger synthetic) {
    CustodyLedger ledger = synthetic.ledger();
    PartyCustody full = ledger.party(synthetic.fullLoadParty());
    List<Transfer> transfers = full.transfers();
    return "ledger: "
        + Figures.count(synthetic.attributes().registered().size())
        + " people, "
        + Figures.count(ledger.transferCount())
        + " transfers, "
        + Figures.count(ledger.membershipCount())
        + " memberships, "
        + Figures.count(ledger.parties().size())
        + " parties; "
        + full.party()
        + " has a full load of "
        + Figures.count(transfers.get(0).people().size())
        + " people, "
        + (transfers.size() - 1)
        + " monthly deltas and "
        + full.deletions().size()
        + " deletions";
  }
}
