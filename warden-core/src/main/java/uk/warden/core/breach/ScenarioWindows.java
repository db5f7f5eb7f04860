package uk.warden.core.breach;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import uk.warden.core.custody.ScopedCustody;

/**
 * Turns an incident's window, whose ends may be unknown, into the two closed windows of the worst
 * and best case. The worst case assumes the breach lasted as long as the facts allow: from the
 * first transfer in scope, up to now. The best case assumes the narrowest plausible window: a
 * single moment at the known start, or, with the start unknown, from the last transfer before the
 * known end (or, with no end either, before the force or the supplier knew of it), since that is
 * the last time the data changed before the breach must have happened.
 */
record ScenarioWindows(
    Instant worstFrom, Instant worstTo, Instant bestFrom, Instant bestTo, boolean known) {

  static ScenarioWindows resolve(Incident incident, ScopedCustody custody, Instant now) {
    Instant from = incident.window().from();
    Instant to = incident.window().to();
    if (from != null && to != null) {
      return new ScenarioWindows(from, to, from, to, true);
    }
    Instant worstTo = to != null ? to : latest(now, from);
    Instant worstFrom =
        from != null
            ? from
            : custody.firstTransferAt().filter(t -> !t.isAfter(worstTo)).orElse(worstTo);
    Instant bestTo;
    if (to != null) {
      bestTo = to;
    } else if (from != null) {
      bestTo = from;
    } else {
      bestTo = earliest(earliest(incident.discoveredAt(), incident.awareAt()), now);
    }
    Instant bestFrom = from != null ? from : custody.lastTransferAtOrBefore(bestTo).orElse(bestTo);
    return new ScenarioWindows(worstFrom, worstTo, bestFrom, bestTo, false);
  }

  private static Instant latest(Instant a, @Nullable Instant b) {
    return b == null || a.isAfter(b) ? a : b;
  }

  private static Instant earliest(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
