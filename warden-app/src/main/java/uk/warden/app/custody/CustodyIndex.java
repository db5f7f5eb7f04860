package uk.warden.app.custody;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uk.warden.app.custody.store.DeletionStore;
import uk.warden.app.custody.store.TransferStore;
import uk.warden.app.platform.ForceSettings;
import uk.warden.app.platform.StoreVersions;
import uk.warden.app.platform.StoreVersions.Topic;
import uk.warden.app.register.store.AgreementStore;
import uk.warden.core.custody.CustodyLedger;
import uk.warden.core.custody.Deletion;
import uk.warden.core.custody.RetentionRules;
import uk.warden.core.custody.Transfer;
import uk.warden.core.register.Agreement;

/**
 * The custody ledger in memory, kept in step with the store. Every read first compares the store's
 * version counters (one indexed read): new transfers and deletions, whoever wrote them, are added
 * to the ledger; a change to any agreement's retention rebuilds it, since retention decides what
 * counts as overdue in every party's history.
 */
@Component
public class CustodyIndex {

  private final TransferStore transfers;
  private final DeletionStore deletions;
  private final AgreementStore agreements;
  private final StoreVersions versions;
  private final ForceSettings force;

  private @Nullable CustodyLedger ledger;
  private long custodySeen = -1;
  private long registerSeen = -1;
  private Map<String, LocalDate> retentionSeen = Map.of();

  public CustodyIndex(
      TransferStore transfers,
      DeletionStore deletions,
      AgreementStore agreements,
      StoreVersions versions,
      ForceSettings force) {
    this.transfers = transfers;
    this.deletions = deletions;
    this.agreements = agreements;
    this.versions = versions;
    this.force = force;
  }

  /** The ledger as the store stands now. */
  public synchronized CustodyLedger ledger() {
    long register = versions.version(Topic.REGISTER);
    if (ledger == null || register != registerSeen) {
      List<Agreement> all = agreements.all();
      Map<String, LocalDate> retention = retentionOf(all);
      if (ledger == null || !retention.equals(retentionSeen)) {
        rebuild(RetentionRules.fromAgreements(all, force.zone()));
        retentionSeen = retention;
      }
      registerSeen = register;
    }
    long custody = versions.version(Topic.CUSTODY);
    if (custody != custodySeen) {
      catchUp(ledger);
      custodySeen = custody;
    }
    return ledger;
  }

  private void rebuild(RetentionRules retention) {
    // Read the version first: a write landing during the load is then caught up on next read.
    custodySeen = versions.version(Topic.CUSTODY);
    List<Transfer> all = new ArrayList<>();
    transfers.forEach(all::add);
    List<Deletion> attested = new ArrayList<>();
    deletions.forEach(attested::add);
    ledger = CustodyLedger.of(retention, all, attested);
  }

  private void catchUp(CustodyLedger current) {
    List<Long> missing = new ArrayList<>(transfers.ids());
    missing.removeAll(current.transferIds());
    for (Transfer transfer : transfers.withIds(missing)) {
      current.add(transfer);
    }
    List<Deletion> newDeletions = new ArrayList<>(deletions.except(current.deletionIds()));
    newDeletions.sort(Comparator.comparingLong(Deletion::id));
    newDeletions.forEach(current::add);
  }

  private static Map<String, LocalDate> retentionOf(List<Agreement> all) {
    Map<String, LocalDate> retention = new TreeMap<>();
    for (Agreement agreement : all) {
      if (agreement.retainUntil() != null) {
        retention.put(agreement.code(), agreement.retainUntil());
      }
    }
    return retention;
  }
}
