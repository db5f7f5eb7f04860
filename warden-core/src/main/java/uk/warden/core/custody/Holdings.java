package uk.warden.core.custody;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a party held at one instant: everyone, per category, and those held only because no deletion
 * was attested after the agreement's retention ran out ({@code overdue}, within {@code held}).
 */
public record Holdings(
    String party,
    Instant at,
    PersonSet held,
    PersonSet overdue,
    Map<String, PersonSet> byCategory) {

  public Holdings {
    byCategory = Collections.unmodifiableSortedMap(new TreeMap<>(byCategory));
  }

  public PersonSet category(String key) {
    return byCategory.getOrDefault(key, PersonSet.empty());
  }
}
