package uk.warden.core.custody;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the parties in a scope held during the closed window {@code [from, to]}.
 *
 * <ul>
 *   <li>{@code exposed}: held at some instant of the window;
 *   <li>{@code certain}: lawfully held at every instant of the window, so exposed whenever in the
 *       window the data was taken;
 *   <li>{@code overdue}: held in the window only past retention with no deletion attested; always
 *       among the possible, never the certain;
 *   <li>{@code byCategory}: for each category in scope, the people whose data of that category was
 *       held.
 * </ul>
 */
public final class WindowCustody {

  private final ScopedCustody source;
  private final Instant from;
  private final Instant to;
  private final PersonSet exposed;
  private final PersonSet certain;
  private final PersonSet overdue;
  private final Map<String, PersonSet> byCategory;

  WindowCustody(
      ScopedCustody source,
      Instant from,
      Instant to,
      PersonSet exposed,
      PersonSet certain,
      PersonSet overdue,
      Map<String, PersonSet> byCategory) {
    this.source = source;
    this.from = from;
    this.to = to;
    this.exposed = exposed;
    this.certain = certain;
    this.overdue = overdue;
    this.byCategory = Collections.unmodifiableSortedMap(new TreeMap<>(byCategory));
  }

  /** The custody this was computed from: a wider window may reuse it only there. */
  ScopedCustody source() {
    return source;
  }

  public Instant from() {
    return from;
  }

  public Instant to() {
    return to;
  }

  public PersonSet exposed() {
    return exposed;
  }

  public PersonSet certain() {
    return certain;
  }

  public PersonSet overdue() {
    return overdue;
  }

  public Map<String, PersonSet> byCategory() {
    return byCategory;
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

  @Override
  public String toString() {
    return "WindowCustody[from="
        + from
        + ", to="
        + to
        + ", exposed="
        + exposed.size()
        + ", certain="
        + certain.size()
        + ", overdue="
        + overdue.size()
        + "]";
  }
}
