package uk.warden.core.breach;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import uk.warden.core.register.ClearanceLevel;
import uk.warden.core.register.EmploymentStatus;
import uk.warden.core.register.PersonKind;

/**
 * The breakdowns of an exposure that the incident page and the regulator report show. Groups with
 * nobody in them are left out. People the ledger names but the register does not know are counted
 * in {@code unregistered} only.
 */
public record Aggregates(
    Count total,
    Map<PersonKind, Count> byKind,
    Map<String, Count> byRankOrGrade,
    Map<String, Count> byUnit,
    Map<ClearanceLevel, Count> byClearance,
    Count uncleared,
    Map<EmploymentStatus, Count> byStatus,
    Map<RiskTier, Count> byTier,
    Map<String, Count> byCategory,
    Count unregistered) {

  public Aggregates {
    byKind = Collections.unmodifiableMap(enumMap(PersonKind.class, byKind));
    byRankOrGrade = Collections.unmodifiableSortedMap(new TreeMap<>(byRankOrGrade));
    byUnit = Collections.unmodifiableSortedMap(new TreeMap<>(byUnit));
    byClearance = Collections.unmodifiableMap(enumMap(ClearanceLevel.class, byClearance));
    byStatus = Collections.unmodifiableMap(enumMap(EmploymentStatus.class, byStatus));
    byTier = Collections.unmodifiableMap(enumMap(RiskTier.class, byTier));
    byCategory = Collections.unmodifiableSortedMap(new TreeMap<>(byCategory));
  }

  /** Leavers still count as data subjects, and are harder to reach with a notice. */
  public Count leavers() {
    return byStatus.getOrDefault(EmploymentStatus.LEFT, Count.ZERO);
  }

  private static <E extends Enum<E>> Map<E, Count> enumMap(Class<E> type, Map<E, Count> counts) {
    Map<E, Count> copy = new EnumMap<>(type);
    copy.putAll(counts);
    return copy;
  }
}
