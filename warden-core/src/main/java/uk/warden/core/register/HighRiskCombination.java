package uk.warden.core.register;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rule of DOMAIN.md §4.3: identity together with a photo, vetting level, unit, work location or
 * specialist role lets a hostile reader find and recognise a particular officer, whatever the legal
 * class of each field. The result names the categories on each side as evidence.
 */
public record HighRiskCombination(Set<String> identity, Set<String> aggravating) {

  public HighRiskCombination {
    identity = OrderedSets.sorted(identity);
    aggravating = OrderedSets.sorted(aggravating);
  }

  public static HighRiskCombination of(Collection<String> categoryKeys, DataTaxonomy taxonomy) {
    Set<String> identity = new TreeSet<>();
    Set<String> aggravating = new TreeSet<>();
    for (String key : categoryKeys) {
      taxonomy
          .find(key)
          .ifPresent(
              category -> {
                switch (category.role()) {
                  case IDENTITY -> identity.add(key);
                  case AGGRAVATING -> aggravating.add(key);
                  case OTHER -> {}
                }
              });
    }
    return new HighRiskCombination(identity, aggravating);
  }

  public boolean present() {
    return !identity.isEmpty() && !aggravating.isEmpty();
  }

  public String explain() {
    if (!present()) {
      return "no identity joined with photo, vetting, unit, location or specialist role";
    }
    return String.join(", ", identity) + " joined with " + String.join(", ", aggravating);
  }
}
