package uk.warden.app.custody;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import uk.warden.core.custody.CustodyLedger;
import uk.warden.core.custody.HeldSpan;
import uk.warden.core.custody.Holdings;
import uk.warden.core.custody.PersonSet;
import uk.warden.core.register.CategoryRole;
import uk.warden.core.register.DataCategory;
import uk.warden.core.register.DataTaxonomy;
import uk.warden.core.register.Marking;

/** Turns the ledger's holdings of one party into what its page shows. */
final class HoldingsReader {

  private HoldingsReader() {}

  static PartyHoldings read(
      CustodyLedger ledger,
      String party,
      Instant at,
      DataTaxonomy taxonomy,
      Function<String, Optional<Marking>> markingOfSystem) {
    Holdings holdings = ledger.holdings(party, at);
    List<PartyHoldings.CategoryHolding> categories = new ArrayList<>();
    List<PersonSet> identity = new ArrayList<>();
    List<PersonSet> aggravating = new ArrayList<>();
    for (Map.Entry<String, PersonSet> entry : holdings.byCategory().entrySet()) {
      Optional<DataCategory> category = taxonomy.find(entry.getKey());
      CategoryRole role = category.map(DataCategory::role).orElse(CategoryRole.OTHER);
      categories.add(
          new PartyHoldings.CategoryHolding(
              entry.getKey(),
              category.map(DataCategory::name).orElse(entry.getKey()),
              role.name(),
              entry.getValue().size()));
      if (role == CategoryRole.IDENTITY) {
        identity.add(entry.getValue());
      } else if (role == CategoryRole.AGGRAVATING) {
        aggravating.add(entry.getValue());
      }
    }
    categories.sort(
        Comparator.comparingInt(PartyHoldings.CategoryHolding::people)
            .reversed()
            .thenComparing(PartyHoldings.CategoryHolding::key));
    int highRisk = PersonSet.union(identity).andCardinality(PersonSet.union(aggravating));
    Marking highest = null;
    Set<Long> transfersHeld = new HashSet<>();
    for (HeldSpan span : ledger.party(party).spans()) {
      if (span.people().isEmpty() || !span.heldAt(at)) {
        continue;
      }
      transfersHeld.add(span.transfer().id());
      for (String system :
          new String[] {span.transfer().fromSystem(), span.transfer().toSystem()}) {
        if (system == null) {
          continue;
        }
        Marking marking = markingOfSystem.apply(system).orElse(null);
        if (marking != null
            && (highest == null || Marking.BY_PROTECTION.compare(marking, highest) > 0)) {
          highest = marking;
        }
      }
    }
    return new PartyHoldings(
        party,
        at,
        holdings.held().size(),
        holdings.overdue().size(),
        categories,
        highest == null ? null : highest.label(),
        highRisk,
        transfersHeld.size());
  }
}
