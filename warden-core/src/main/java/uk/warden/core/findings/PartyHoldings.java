package uk.warden.core.findings;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import uk.warden.core.custody.CustodyLedger;
import uk.warden.core.custody.Holdings;
import uk.warden.core.custody.PersonSet;

/**
 * What the custody ledger says a party held at the evaluation instant, as counts: people held,
 * people held only because no deletion was attested after their agreement's retention ran out
 * ({@code overdue}), and people per category. Counts, not person sets, because rules only need how
 * many.
 */
public record PartyHoldings(
    String party, int held, int overdue, Map<String, Integer> peopleByCategory) {

  public PartyHoldings {
    peopleByCategory = Collections.unmodifiableSortedMap(new TreeMap<>(peopleByCategory));
  }

  public static PartyHoldings of(Holdings holdings) {
    Map<String, Integer> byCategory = new TreeMap<>();
    for (Map.Entry<String, PersonSet> entry : holdings.byCategory().entrySet()) {
      if (!entry.getValue().isEmpty()) {
        byCategory.put(entry.getKey(), entry.getValue().size());
      }
    }
    return new PartyHoldings(
        holdings.party(), holdings.held().size(), holdings.overdue().size(), byCategory);
  }

  /** The holdings of each party the ledger knows, among {@code parties}, at {@code at}. */
  public static Map<String, PartyHoldings> from(
      CustodyLedger ledger, Collection<String> parties, Instant at) {
    Map<String, PartyHoldings> all = new TreeMap<>();
    for (String party : parties) {
      if (ledger.parties().contains(party)) {
        all.put(party, of(ledger.holdings(party, at)));
      }
    }
    return all;
  }
}
