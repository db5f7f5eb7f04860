package uk.warden.core.custody;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One party's custody, frozen: its transfers and deletions in time order and the spans that say who
 * it held over which interval. Adding an event yields a new value, so a reader holding one never
 * sees it change under it.
 */
public final class PartyCustody {

  private static final Comparator<Transfer> BY_TIME =
      Comparator.comparing(Transfer::at).thenComparingLong(Transfer::id);
  private static final Comparator<Deletion> DELETIONS_BY_TIME =
      Comparator.comparing(Deletion::at).thenComparingLong(Deletion::id);

  private final String party;
  private final List<Transfer> transfers;
  private final List<Deletion> deletions;
  private final Map<Long, List<HeldSpan>> spansByTransfer;
  private final List<HeldSpan> spans;

  private PartyCustody(
      String party,
      List<Transfer> transfers,
      List<Deletion> deletions,
      Map<Long, List<HeldSpan>> spansByTransfer) {
    this.party = party;
    this.transfers = Collections.unmodifiableList(transfers);
    this.deletions = Collections.unmodifiableList(deletions);
    this.spansByTransfer = Collections.unmodifiableMap(spansByTransfer);
    List<HeldSpan> all = new ArrayList<>();
    for (Transfer transfer : transfers) {
      all.addAll(spansByTransfer.get(transfer.id()));
    }
    this.spans = Collections.unmodifiableList(all);
  }

  static PartyCustody empty(String party) {
    return new PartyCustody(party, List.of(), List.of(), Map.of());
  }

  /** Builds a party's index in one go: what loading the store at start does. */
  static PartyCustody of(
      String party,
      Collection<Transfer> transfers,
      Collection<Deletion> deletions,
      RetentionRules retention) {
    List<Transfer> sortedTransfers = new ArrayList<>(transfers);
    sortedTransfers.sort(BY_TIME);
    List<Deletion> sortedDeletions = new ArrayList<>(deletions);
    sortedDeletions.sort(DELETIONS_BY_TIME);
    Map<Long, List<HeldSpan>> spans = new LinkedHashMap<>();
    for (Transfer transfer : sortedTransfers) {
      spans.put(transfer.id(), spansOf(transfer, sortedDeletions, retention));
    }
    return new PartyCustody(party, sortedTransfers, sortedDeletions, spans);
  }

  PartyCustody with(Transfer transfer, RetentionRules retention) {
    List<Transfer> newTransfers = new ArrayList<>(transfers);
    int at = Collections.binarySearch(newTransfers, transfer, BY_TIME);
    newTransfers.add(at < 0 ? -at - 1 : at, transfer);
    Map<Long, List<HeldSpan>> newSpans = new LinkedHashMap<>(spansByTransfer);
    newSpans.put(transfer.id(), spansOf(transfer, deletions, retention));
    return new PartyCustody(party, newTransfers, new ArrayList<>(deletions), newSpans);
  }

  PartyCustody with(Deletion deletion) {
    List<Deletion> newDeletions = new ArrayList<>(deletions);
    int at = Collections.binarySearch(newDeletions, deletion, DELETIONS_BY_TIME);
    newDeletions.add(at < 0 ? -at - 1 : at, deletion);
    Map<Long, List<HeldSpan>> newSpans = new LinkedHashMap<>(spansByTransfer);
    for (Transfer transfer : transfers) {
      if (deletion.reaches(transfer)) {
        newSpans.put(transfer.id(), SpanSplitter.apply(newSpans.get(transfer.id()), deletion));
      }
    }
    return new PartyCustody(party, new ArrayList<>(transfers), newDeletions, newSpans);
  }

  private static List<HeldSpan> spansOf(
      Transfer transfer, List<Deletion> sortedDeletions, RetentionRules retention) {
    List<HeldSpan> spans =
        List.of(
            new HeldSpan(
                transfer, transfer.people(), null, null, retention.lapseOf(transfer.agreement())));
    for (Deletion deletion : sortedDeletions) {
      if (deletion.reaches(transfer)) {
        spans = SpanSplitter.apply(spans, deletion);
      }
    }
    return spans;
  }

  public String party() {
    return party;
  }

  /** In time order. */
  public List<Transfer> transfers() {
    return transfers;
  }

  /** In time order. */
  public List<Deletion> deletions() {
    return deletions;
  }

  /** Grouped by transfer, transfers in time order. */
  public List<HeldSpan> spans() {
    return spans;
  }

  public List<HeldSpan> spansOf(long transferId) {
    return spansByTransfer.getOrDefault(transferId, List.of());
  }

  @Override
  public String toString() {
    return "PartyCustody[party="
        + party
        + ", transfers="
        + transfers.size()
        + ", deletions="
        + deletions.size()
        + ", spans="
        + spans.size()
        + "]";
  }
}
