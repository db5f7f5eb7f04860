package uk.warden.core.findings;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import uk.warden.core.register.Agreement;
import uk.warden.core.register.DataSystem;
import uk.warden.core.register.Party;
import uk.warden.core.register.PartyKind;

/**
 * What the snapshot says one party holds and under what terms: the systems it hosts, the categories
 * held (those of its systems and those custody records it was sent), how many people (from custody
 * when known, else its largest system's record count), and the agreements that cover it: its own,
 * and for a sub-processor those of the supplier it works for, because a sub-processor acts under
 * its supplier's contract.
 */
public record PartyData(
    Party party,
    List<Agreement> agreements,
    List<DataSystem> systems,
    Set<String> categories,
    @Nullable PartyHoldings holdings,
    long people,
    boolean peopleFromCustody) {

  public PartyData {
    agreements = List.copyOf(agreements);
    systems = List.copyOf(systems);
    categories = Collections.unmodifiableSortedSet(new TreeSet<>(categories));
  }

  public String code() {
    return party.code();
  }

  /** A supplier or sub-processor: someone outside the force. */
  public boolean thirdParty() {
    return party.kind() != PartyKind.INTERNAL;
  }

  public boolean holdsData() {
    return !categories.isEmpty();
  }

  /** Every category any covering agreement permits, ended ones included. */
  public Set<String> permitted() {
    Set<String> permitted = new TreeSet<>();
    for (Agreement agreement : agreements) {
      permitted.addAll(agreement.permittedCategories());
    }
    return permitted;
  }

  public boolean agreementInForce(LocalDate day) {
    for (Agreement agreement : agreements) {
      if (agreement.activeOn(day)) {
        return true;
      }
    }
    return false;
  }

  /** The hosted systems holding {@code category}, by code. */
  public Set<String> systemsHolding(String category) {
    Set<String> codes = new TreeSet<>();
    for (DataSystem system : systems) {
      if (system.categories().contains(category)) {
        codes.add(system.code());
      }
    }
    return codes;
  }
}
