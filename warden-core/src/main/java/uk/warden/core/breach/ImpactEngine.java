package uk.warden.core.breach;

import java.time.Instant;
import uk.warden.core.custody.CustodyLedger;
import uk.warden.core.custody.CustodyScope;
import uk.warden.core.custody.ScopedCustody;
import uk.warden.core.custody.WindowCustody;

/**
 * Scopes a breach: from the incident and the custody ledger to who was exposed, in which
 * categories, how certainly and how harmfully, in the worst and the best case, with the evidence
 * and the 72-hour clock. Pure computation over person sets; nothing is stored.
 */
public final class ImpactEngine {

  private ImpactEngine() {}

  public static Impact assess(
      Incident incident,
      CustodyLedger ledger,
      PersonAttributes attributes,
      RiskMatrix matrix,
      Instant now) {
    ScopedCustody custody =
        ledger.scope(
            new CustodyScope(incident.parties(), incident.systems(), incident.categories()));
    ScenarioWindows windows = ScenarioWindows.resolve(incident, custody, now);
    // The best case's window lies inside the worst's, so the worst only adds what lies outside it.
    WindowCustody bestHeld = custody.during(windows.bestFrom(), windows.bestTo());
    Exposure best = exposure(bestHeld, attributes, matrix);
    Exposure worst =
        windows.known()
            ? best
            : exposure(
                custody.during(windows.worstFrom(), windows.worstTo(), bestHeld),
                attributes,
                matrix);
    return new Impact(
        incident.id(),
        now,
        Deadline.of(incident.awareAt(), incident.icoNotifiedAt(), now),
        windows.known(),
        worst,
        best,
        EvidenceFinder.find(incident, custody, windows, worst, best));
  }

  private static Exposure exposure(
      WindowCustody window, PersonAttributes attributes, RiskMatrix matrix) {
    TierAssigner.Tiers tiers =
        TierAssigner.assign(window.exposed(), window.byCategory(), attributes, matrix);
    Aggregates aggregates =
        AggregateCounter.count(window.exposed(), window.byCategory(), tiers.byTier(), attributes);
    return new Exposure(
        window.from(),
        window.to(),
        window.exposed(),
        window.certain(),
        window.possible(),
        window.overdue(),
        window.byCategory(),
        tiers.byTier(),
        tiers.rules(),
        aggregates);
  }
}
