package uk.warden.core.custody;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the parties in scope held during the closed window {@code [from, to]}.
 *
 * @param exposed held at some instant of the window
 * @param certain lawfully held at every instant of the window: whenever in the window the data was
 *     taken, these people were in it
 * @param overdue held in the window only past retention with no deletion attested; a subset of the
 *     possible, never of the certain
 * @param byCategory for each category in scope, the people whose data of that category was held
 */
public record WindowCustody(
    Instant from,
    Instant to,
    PersonSet exposed,
    PersonSet certain,
    PersonSet overdue,
    Map<String, PersonSet> byCategory) {

  public WindowCustody {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    byCategory = Collections.unmodifiableSortedMap(new TreeMap<>(byCategory));
  }

  /** Held for only part of the window, or only because no deletion was attested. */
  public PersonSet possible() {
    return exposed.andNot(certain);
  }

  /** Person-category pairs: the "records" the regulator asks to be counted. */
  public long records() {
    long records = 0;
    for (PersonSet people : byCategory.values()) {
      records += people.size();
    }
    return records;
  }
}
