package uk.warden.app.breach.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the notification list gets people's details from, a batch at a time, so that a list of
 * 900,000 rows streams without everyone in memory. The store implements it with two queries: one
 * for the pay-number order, one {@code WHERE id IN (...)} per batch.
 */
public interface PersonDirectory {

  /**
   * Every person index the directory knows, in ascending pay-number order (ideally {@link
   * NotifiedPerson#BY_PAY_NUMBER}). The list sorts each group by walking this once, so it needs no
   * details to sort; indexes missing from it are listed after the rest of their group.
   */
  int[] idsInPayNumberOrder();

  /**
   * The people among {@code ids} that the directory knows, by index; the unknown are left out.
   * Called with at most a batch of ids at a time (1,000 by default).
   */
  Map<Integer, NotifiedPerson> find(int[] ids);

  /** A directory held in memory: for tests, the CLI on small registers, and the demo. */
  static PersonDirectory of(Collection<NotifiedPerson> people) {
    Map<Integer, NotifiedPerson> byId = new HashMap<>();
    for (NotifiedPerson person : people) {
      if (byId.put(person.id(), person) != null) {
        throw new IllegalArgumentException("person index " + person.id() + " appears twice");
      }
    }
    List<NotifiedPerson> sorted = new ArrayList<>(byId.values());
    sorted.sort(NotifiedPerson.BY_PAY_NUMBER);
    int[] order = sorted.stream().mapToInt(NotifiedPerson::id).toArray();
    return new PersonDirectory() {
      @Override
      public int[] idsInPayNumberOrder() {
        return order.clone();
      }

      @Override
      public Map<Integer, NotifiedPerson> find(int[] ids) {
        Map<Integer, NotifiedPerson> found = new HashMap<>();
        for (int id : ids) {
          NotifiedPerson person = byId.get(id);
          if (person != null) {
            found.put(id, person);
          }
        }
        return found;
      }
    };
  }
}
