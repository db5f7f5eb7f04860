package uk.warden.core.register;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

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

  /** The evidence in words: {@code Name, Pay number joined with Photograph, Vetting level}. */
  public String explain() {
    if (!present()) {
      return "no identity joined with photo, vetting, unit, location or specialist role";
    }
    return names(identity) + " joined with " + names(aggravating);
  }

  private static String names(Set<String> keys) {
    DataTaxonomy taxonomy = DataTaxonomy.standard();
    return keys.stream()
        .map(key -> taxonomy.find(key).map(DataCategory::name).orElse(key))
        .collect(Collectors.joining(", "));
  }
}
