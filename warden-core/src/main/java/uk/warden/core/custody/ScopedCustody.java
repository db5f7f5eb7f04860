package uk.warden.core.custody;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The custody of the parties in a scope, frozen when it was taken from the ledger: the in-scope
 * transfers and their spans, and the questions asked of them over time. Breach scoping takes one
 * and asks it several windows, so all of its answers agree with each other.
 */
public final class ScopedCustody {

  private final CustodyScope scope;
  private final List<Transfer> transfers;
  private final List<HeldSpan> spans;
  private final Map<Long, Deletion> deletions;

  ScopedCustody(CustodyScope scope, List<PartyCustody> parties) {
    this.scope = scope;
    List<Transfer> inScope = new ArrayList<>();
    List<HeldSpan> inScopeSpans = new ArrayList<>();
    Map<Long, Deletion> byId = new HashMap<>();
    for (PartyCustody party : parties) {
      for (Transfer transfer : party.transfers()) {
        if (scope.includes(transfer)) {
          inScope.add(transfer);
          inScopeSpans.addAll(party.spansOf(transfer.id()));
        }
      }
      party.deletions().forEach(deletion -> byId.put(deletion.id(), deletion));
    }
    inScope.sort(Comparator.comparing(Transfer::at).thenComparingLong(Transfer::id));
    this.transfers = Collections.unmodifiableList(inScope);
    this.spans = Collections.unmodifiableList(inScopeSpans);
    this.deletions = Map.copyOf(byId);
  }

  public CustodyScope scope() {
    return scope;
  }

  /** In time order. */
  public List<Transfer> transfers() {
    return transfers;
  }

  public List<HeldSpan> spans() {
    return spans;
  }

  public Optional<Deletion> deletion(long id) {
    return Optional.ofNullable(deletions.get(id));
  }

  public Optional<Instant> firstTransferAt() {
    return transfers.isEmpty() ? Optional.empty() : Optional.of(transfers.get(0).at());
  }

  /** The last custody change by transfer at or before {@code t}. */
  public Optional<Instant> lastTransferAtOrBefore(Instant t) {
    Instant last = null;
    for (Transfer transfer : transfers) {
      if (transfer.at().isAfter(t)) {
        break;
      }
      last = transfer.at();
    }
    return Optional.ofNullable(last);
  }

  /** Who was held during the closed window {@code [from, to]}, certainly or possibly. */
  public WindowCustody during(Instant from, Instant to) {
    return WindowQuery.during(this, from, to, null);
  }

  /**
   * The same, reusing the answer for a window inside this one (the best case inside the worst):
   * only spans it did not count are unioned. An answer for a window that is not inside, or from
   * another scope's custody, is simply not reused.
   */
  public WindowCustody during(Instant from, Instant to, WindowCustody within) {
    return WindowQuery.during(this, from, to, within.source() == this ? within : null);
  }

  /** Counts at each instant, for a chart. */
  public List<HoldingsPoint> series(List<Instant> instants) {
    List<HoldingsPoint> points = new ArrayList<>(instants.size());
    for (Instant t : instants) {
      WindowQuery.HeldAt held = WindowQuery.heldAt(spans, t);
      points.add(new HoldingsPoint(t, held.held().size(), held.overdue().size()));
    }
    return points;
  }

  /** Counts at the start of each month from {@code first} to {@code last}, in {@code zone}. */
  public List<HoldingsPoint> monthly(YearMonth first, YearMonth last, ZoneId zone) {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("series ends before it starts");
    }
    List<Instant> instants = new ArrayList<>();
    for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
      instants.add(month.atDay(1).atStartOfDay(zone).toInstant());
    }
    return series(instants);
  }

  @Override
  public String toString() {
    return "ScopedCustody[parties="
        + scope.parties()
        + ", transfers="
        + transfers.size()
        + ", spans="
        + spans.size()
        + "]";
  }
}
