package uk.warden.app.custody;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import uk.warden.app.audit.Audit;
import uk.warden.app.custody.store.DeletionStore;
import uk.warden.app.custody.store.TransferStore;
import uk.warden.app.platform.ForceSettings;
import uk.warden.app.platform.NotFoundException;
import uk.warden.app.platform.Page;
import uk.warden.app.platform.PageRequest;
import uk.warden.app.platform.StoreVersions;
import uk.warden.app.platform.StoreVersions.Topic;
import uk.warden.app.register.store.PartyStore;
import uk.warden.app.register.store.SystemStore;
import uk.warden.core.access.Operation;
import uk.warden.core.custody.CustodyLedger;
import uk.warden.core.custody.Deletion;
import uk.warden.core.custody.HoldingsPoint;
import uk.warden.core.custody.Transfer;
import uk.warden.core.register.DataSystem;
import uk.warden.core.register.DataTaxonomy;

/**
 * The custody ledger's use cases: record a transfer or a deletion attestation (checked against the
 * register first, written whole or not at all), list them, and say what a party holds now or held
 * at any instant.
 */
@Service
public class CustodyService {

  private final CustodyValidator validator;
  private final TransferStore transfers;
  private final DeletionStore deletions;
  private final PartyStore parties;
  private final SystemStore systems;
  private final StoreVersions versions;
  private final CustodyIndex index;
  private final TransactionTemplate transactions;
  private final ForceSettings force;
  private final Clock clock;
  private final Audit audit;

  CustodyService(
      CustodyValidator validator,
      TransferStore transfers,
      DeletionStore deletions,
      PartyStore parties,
      SystemStore systems,
      StoreVersions versions,
      CustodyIndex index,
      TransactionTemplate transactions,
      ForceSettings force,
      Clock clock,
      Audit audit) {
    this.audit = audit;
    this.validator = validator;
    this.transfers = transfers;
    this.deletions = deletions;
    this.parties = parties;
    this.systems = systems;
    this.versions = versions;
    this.index = index;
    this.transactions = transactions;
    this.force = force;
    this.clock = clock;
  }

  public TransferSummary record(TransferRequest request, String recordedBy) {
    Instant now = clock.instant();
    long id =
        transactions.execute(
            status -> {
              Transfer transfer = validator.transfer(transfers.nextId(), request, now);
              transfers.insert(transfer, now, recordedBy);
              versions.bump(Topic.CUSTODY);
              return transfer.id();
            });
    TransferSummary recorded = transfer(id);
    // A transfer is a disclosure to its party: the recipient is what s.62 asks to be logged.
    audit.disclosed(
        "transfer.record",
        List.of("transfer:" + id),
        recorded.people(),
        List.of("party:" + recorded.toParty()),
        null);
    return recorded;
  }

  public DeletionSummary record(DeletionRequest request, String recordedBy) {
    Instant now = clock.instant();
    CustodyLedger ledger = index.ledger();
    Deletion deletion =
        transactions.execute(
            status -> {
              Deletion checked =
                  validator.deletion(deletions.nextId(), request, now, ledger::transfer);
              deletions.insert(checked, now, recordedBy);
              versions.bump(Topic.CUSTODY);
              return checked;
            });
    DeletionSummary recorded = deletions.find(deletion.id()).orElseThrow();
    audit.changed(
        Operation.ALTER,
        "deletion.record",
        List.of("deletion:" + recorded.id(), "party:" + recorded.party()),
        recorded.people() == null ? 0 : recorded.people());
    return recorded;
  }

  /**
   * Records a whole generated history (the demo's) in one transaction: the ids it carries are kept,
   * and the sequences continue after them.
   */
  public void importHistory(List<Transfer> history, List<Deletion> attested, String recordedBy) {
    Instant now = clock.instant();
    transactions.executeWithoutResult(
        status -> {
          transfers.insertAll(history, now, recordedBy);
          transfers.advanceSequence();
          deletions.insertAll(attested, now, recordedBy);
          deletions.advanceSequence();
          versions.bump(Topic.CUSTODY);
        });
  }

  public TransferSummary transfer(long id) {
    return transfers
        .find(id)
        .orElseThrow(() -> new NotFoundException("transfer", "no transfer " + id));
  }

  public Page<TransferSummary> transfers(@Nullable String party, PageRequest page) {
    return transfers.page(party, page);
  }

  public Page<DeletionSummary> deletions(@Nullable String party, PageRequest page) {
    return deletions.page(party, page);
  }

  /** What the party held at {@code at}, or now. */
  public PartyHoldings holdings(String party, @Nullable Instant at) {
    requireParty(party);
    return HoldingsReader.read(
        index.ledger(),
        party,
        at == null ? clock.instant() : at,
        DataTaxonomy.standard(),
        code -> systems.find(code).map(DataSystem::marking));
  }

  /** Month-end counts over the last {@code months} months, oldest first, for the party's chart. */
  public List<HoldingsPoint> history(String party, int months) {
    requireParty(party);
    YearMonth last = YearMonth.now(clock.withZone(force.zone()));
    return index.ledger().monthly(party, last.minusMonths(months - 1L), last, force.zone());
  }

  public CustodyLedger ledger() {
    return index.ledger();
  }

  private void requireParty(String party) {
    if (!parties.exists(party)) {
      throw new NotFoundException("party", "no party " + party);
    }
  }
}
