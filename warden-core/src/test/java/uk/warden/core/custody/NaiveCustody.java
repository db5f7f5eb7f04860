package uk.warden.core.custody;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The reference the bitmap engine is checked against: every person of every transfer on its own,
 * with the interval over which the party held them, worked out from the definitions and nothing
 * else. Slow and obvious on purpose.
 */
public final class NaiveCustody {

  /**
   * One person received in one transfer, held over [from, until) and lawfully over [from,
   * lawfulUntil).
   */
  public record Membership(
      Transfer transfer,
      int person,
      Set<String> categories,
      Instant from,
      @Nullable Instant until,
      @Nullable Instant lawfulUntil) {}

  private final List<Membership> memberships = new ArrayList<>();
  private final List<Transfer> inScope = new ArrayList<>();

  public NaiveCustody(
      List<Transfer> transfers,
      List<Deletion> deletions,
      RetentionRules retention,
      Set<String> parties,
      Set<String> systems,
      Set<String> categories) {
    for (Transfer transfer : transfers) {
      if (!parties.contains(transfer.toParty())) {
        continue;
      }
      if (!systems.isEmpty()
          && transfer.toSystem() != null
          && !systems.contains(transfer.toSystem())) {
        continue;
      }
      Set<String> kept = new TreeSet<>(transfer.categories());
      if (!categories.isEmpty()) {
        kept.retainAll(categories);
      }
      if (kept.isEmpty()) {
        continue;
      }
      inScope.add(transfer);
      for (int person : transfer.people().toArray()) {
        Instant until = null;
        for (Deletion deletion : deletions) {
          if (covers(deletion, transfer, person)
              && (until == null || deletion.at().isBefore(until))) {
            until = deletion.at();
          }
        }
        Instant lawfulUntil = earliest(until, retention.lapseOf(transfer.agreement()));
        memberships.add(new Membership(transfer, person, kept, transfer.at(), until, lawfulUntil));
      }
    }
  }

  public List<Membership> memberships() {
    return memberships;
  }

  private static boolean covers(Deletion deletion, Transfer transfer, int person) {
    if (!deletion.party().equals(transfer.toParty()) || deletion.at().isBefore(transfer.at())) {
      return false;
    }
    if (deletion.scope() instanceof DeletionScope.OneTransfer one) {
      return one.transferId() == transfer.id();
    }
    if (deletion.scope() instanceof DeletionScope.People people) {
      return people.people().contains(person);
    }
    return true;
  }

  public Set<Integer> exposed(Instant from, Instant to) {
    Set<Integer> people = new TreeSet<>();
    for (Membership m : memberships) {
      if (overlaps(m.from(), m.until(), from, to)) {
        people.add(m.person());
      }
    }
    return people;
  }

  /**
   * Lawfully held at every instant of [from, to]: the person's lawful intervals chain across it.
   */
  public Set<Integer> certain(Instant from, Instant to) {
    Map<Integer, List<Membership>> byPerson = new HashMap<>();
    memberships.forEach(m -> byPerson.computeIfAbsent(m.person(), k -> new ArrayList<>()).add(m));
    Set<Integer> people = new TreeSet<>();
    byPerson.forEach(
        (person, list) -> {
          if (coveredThroughout(list, from, to)) {
            people.add(person);
          }
        });
    return people;
  }

  private static boolean coveredThroughout(List<Membership> list, Instant from, Instant to) {
    Instant reached = from;
    while (true) {
      Instant furthest = null;
      boolean found = false;
      for (Membership m : list) {
        boolean activeAt =
            !m.from().isAfter(reached)
                && (m.lawfulUntil() == null || m.lawfulUntil().isAfter(reached));
        if (activeAt) {
          if (m.lawfulUntil() == null) {
            return true;
          }
          if (!found || m.lawfulUntil().isAfter(furthest)) {
            furthest = m.lawfulUntil();
          }
          found = true;
        }
      }
      if (!found) {
        return false;
      }
      if (furthest.isAfter(to)) {
        return true;
      }
      reached = furthest;
    }
  }

  /** Exposed, but through no membership lawfully held at any instant of the window. */
  public Set<Integer> overdue(Instant from, Instant to) {
    Set<Integer> lawful = new TreeSet<>();
    for (Membership m : memberships) {
      if (overlaps(m.from(), m.lawfulUntil(), from, to)) {
        lawful.add(m.person());
      }
    }
    Set<Integer> overdue = exposed(from, to);
    overdue.removeAll(lawful);
    return overdue;
  }

  public Map<String, Set<Integer>> byCategory(Instant from, Instant to) {
    Map<String, Set<Integer>> categories = new TreeMap<>();
    for (Membership m : memberships) {
      if (overlaps(m.from(), m.until(), from, to)) {
        for (String category : m.categories()) {
          categories.computeIfAbsent(category, k -> new TreeSet<>()).add(m.person());
        }
      }
    }
    return categories;
  }

  /** The transfers in scope, whether or not they carried anyone. */
  public List<Transfer> transfers() {
    return inScope;
  }

  /** Whether some instant t of [from, to] has start <= t < end: try the earliest candidate. */
  private static boolean overlaps(Instant start, @Nullable Instant end, Instant from, Instant to) {
    Instant t = start.isAfter(from) ? start : from;
    return !t.isAfter(to) && (end == null || t.isBefore(end));
  }

  private static @Nullable Instant earliest(@Nullable Instant a, @Nullable Instant b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return a.isBefore(b) ? a : b;
  }

  public static Set<Integer> ids(PersonSet people) {
    Set<Integer> ids = new TreeSet<>();
    people.forEach(ids::add);
    return ids;
  }

  public static Map<String, Set<Integer>> ids(Map<String, PersonSet> byCategory) {
    Map<String, Set<Integer>> ids = new TreeMap<>();
    byCategory.forEach((key, people) -> ids.put(key, ids(people)));
    return ids;
  }
}
