package uk.warden.core.register;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Immutable sets that iterate in a stable order (enum order, or sorted text), so that the same
 * register prints, exports and serialises the same way every time; {@code Set.copyOf} does not.
 */
final class OrderedSets {

  private OrderedSets() {}

  static SortedSet<String> sorted(Collection<String> values) {
    return Collections.unmodifiableSortedSet(new TreeSet<>(values));
  }

  static <E extends Enum<E>> Set<E> enums(Collection<E> values, Class<E> type) {
    EnumSet<E> copy = EnumSet.noneOf(type);
    copy.addAll(values);
    return Collections.unmodifiableSet(copy);
  }
}
