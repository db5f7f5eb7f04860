package uk.warden.core.custody;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The append-only, in-memory custody ledger: every transfer and every deletion attestation, indexed
 * by party. The store rebuilds it at start with {@link #of} and feeds it each new event with {@link
 * #add}; there is no removal, because custody history is evidence.
 *
 * <p>Writes are serialised; each party's index is an immutable value swapped in whole, so readers
 * never lock and never see half an update.
 */
public final class CustodyLedger {

  private final RetentionRules retention;
  private final Map<String, PartyCustody> parties = new ConcurrentHashMap<>();
  private final Map<Long, Transfer> transfers = new ConcurrentHashMap<>();
  private final Set<Long> deletionIds = ConcurrentHashMap.newKeySet();

  public CustodyLedger(RetentionRules retention) {
    this.retention = retention;
  }

  /** Indexes a whole history at once, far faster than adding events one by one. */
  public static CustodyLedger of(
      RetentionRules retention, Collection<Transfer> transfers, Collection<Deletion> deletions) {
    CustodyLedger ledger = new CustodyLedger(retention);
    Map<String, List<Transfer>> transfersByParty = new HashMap<>();
    for (Transfer transfer : transfers) {
      ledger.requireNew(transfer);
      ledger.transfers.put(transfer.id(), transfer);
      transfersByParty.computeIfAbsent(transfer.toParty(), k -> new ArrayList<>()).add(transfer);
    }
    Map<String, List<Deletion>> deletionsByParty = new HashMap<>();
    for (Deletion deletion : deletions) {
      ledger.requireValid(deletion);
      ledger.deletionIds.add(deletion.id());
      deletionsByParty.computeIfAbsent(deletion.party(), k -> new ArrayList<>()).add(deletion);
    }
    Set<String> codes = new HashSet<>(transfersByParty.keySet());
    codes.addAll(deletionsByParty.keySet());
    for (String party : codes) {
      ledger.parties.put(
          party,
          PartyCustody.of(
              party,
              transfersByParty.getOrDefault(party, List.of()),
              deletionsByParty.getOrDefault(party, List.of()),
              retention));
    }
    return ledger;
  }

  public synchronized void add(Transfer transfer) {
    requireNew(transfer);
    PartyCustody current = party(transfer.toParty());
    parties.put(transfer.toParty(), current.with(transfer, retention));
    transfers.put(transfer.id(), transfer);
  }

  public synchronized void add(Deletion deletion) {
    requireValid(deletion);
    parties.put(deletion.party(), party(deletion.party()).with(deletion));
    deletionIds.add(deletion.id());
  }

  /** The party's custody as it stands; empty if nothing was ever sent to it. */
  public PartyCustody party(String code) {
    PartyCustody custody = parties.get(code);
    return custody == null ? PartyCustody.empty(code) : custody;
  }

  public SortedSet<String> parties() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(parties.keySet()));
  }

  public Optional<Transfer> transfer(long id) {
    return Optional.ofNullable(transfers.get(id));
  }

  /** Ids of every transfer indexed, for catching up with a store written by others. */
  public Set<Long> transferIds() {
    return Collections.unmodifiableSet(transfers.keySet());
  }

  public Set<Long> deletionIds() {
    return Collections.unmodifiableSet(deletionIds);
  }

  public int transferCount() {
    return transfers.size();
  }

  /** Person-transfer memberships: the size of the ledger in the terms. */
  public long membershipCount() {
    long count = 0;
    for (Transfer transfer : transfers.values()) {
      count += transfer.people().size();
    }
    return count;
  }

  /** A frozen view of the parties, systems and categories in scope. */
  public ScopedCustody scope(CustodyScope scope) {
    List<PartyCustody> inScope = new ArrayList<>();
    for (String code : scope.parties()) {
      inScope.add(party(code));
    }
    return new ScopedCustody(scope, inScope);
  }

  /** What {@code party} held at {@code at}, per category, and what only because overdue. */
  public Holdings holdings(String party, Instant at) {
    WindowCustody window = scope(CustodyScope.party(party)).during(at, at);
    return new Holdings(party, at, window.exposed(), window.overdue(), window.byCategory());
  }

  /** Monthly counts of what {@code party} held, for the party page chart. */
  public List<HoldingsPoint> monthly(String party, YearMonth first, YearMonth last, ZoneId zone) {
    return scope(CustodyScope.party(party)).monthly(first, last, zone);
  }

  private void requireNew(Transfer transfer) {
    if (transfers.containsKey(transfer.id())) {
      throw new IllegalArgumentException("transfer " + transfer.id() + " is already recorded");
    }
  }

  private void requireValid(Deletion deletion) {
    if (deletionIds.contains(deletion.id())) {
      throw new IllegalArgumentException("deletion " + deletion.id() + " is already recorded");
    }
    if (deletion.scope() instanceof DeletionScope.OneTransfer one) {
      Transfer transfer = transfers.get(one.transferId());
      if (transfer == null || !transfer.toParty().equals(deletion.party())) {
        throw new IllegalArgumentException(
            "deletion "
                + deletion.id()
                + " names transfer "
                + one.transferId()
                + ", which "
                + deletion.party()
                + " never received");
      }
      if (transfer.at().isAfter(deletion.at())) {
        throw new IllegalArgumentException(
            "deletion " + deletion.id() + " predates transfer " + transfer.id() + " it attests");
      }
    }
  }
}
