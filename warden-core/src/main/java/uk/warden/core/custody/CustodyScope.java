package uk.warden.core.custody;

import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which custody a question is about: data held by these parties, optionally only in these of their
 * systems and only these categories (empty means all). A transfer whose receiving system was not
 * recorded stays in scope when systems are named, because nothing shows it landed elsewhere.
 */
public record CustodyScope(Set<String> parties, Set<String> systems, Set<String> categories) {

  public CustodyScope {
    parties = sorted(parties);
    systems = sorted(systems);
    categories = sorted(categories);
    if (parties.isEmpty()) {
      throw new IllegalArgumentException("a custody scope names at least one party");
    }
  }

  public static CustodyScope party(String code) {
    return new CustodyScope(Set.of(code), Set.of(), Set.of());
  }

  public boolean includes(Transfer transfer) {
    if (!parties.contains(transfer.toParty())) {
      return false;
    }
    if (!systems.isEmpty()
        && transfer.toSystem() != null
        && !systems.contains(transfer.toSystem())) {
      return false;
    }
    return categories.isEmpty() || !Collections.disjoint(categories, transfer.categories());
  }

  /** The transfer's categories that this scope asks about. */
  public Set<String> categoriesOf(Transfer transfer) {
    if (categories.isEmpty() || categories.containsAll(transfer.categories())) {
      return transfer.categories();
    }
    SortedSet<String> kept = new TreeSet<>(transfer.categories());
    kept.retainAll(categories);
    return Collections.unmodifiableSortedSet(kept);
  }

  private static SortedSet<String> sorted(Set<String> values) {
    return Collections.unmodifiableSortedSet(new TreeSet<>(values));
  }
}
