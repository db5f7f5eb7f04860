package uk.warden.core.access;

import java.time.LocalDate;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The daily volumes of one system as columns, one entry ("cell") per principal and day, sorted by
 * principal then day. Columns rather than objects because a national log holds tens of millions of
 * cells; a rule reads them by index.
 */
public final class SystemVolumes {

  private final String system;
  private final String[] principalNames;
  private final int[] principals;
  private final int[] days;
  private final long[] records;
  private final int[] events;

  SystemVolumes(
      String system,
      String[] principalNames,
      int[] principals,
      int[] days,
      long[] records,
      int[] events) {
    this.system = system;
    this.principalNames = principalNames;
    this.principals = principals;
    this.days = days;
    this.records = records;
    this.events = events;
  }

  public String system() {
    return system;
  }

  public int cells() {
    return principals.length;
  }

  public String principal(int cell) {
    return principalNames[principals[cell]];
  }

  /** A dense number for the cell's principal, shared by every system of the same volumes. */
  public int principalIndex(int cell) {
    return principals[cell];
  }

  public long epochDay(int cell) {
    return days[cell];
  }

  public LocalDate day(int cell) {
    return LocalDate.ofEpochDay(days[cell]);
  }

  public long recordsRead(int cell) {
    return records[cell];
  }

  public int events(int cell) {
    return events[cell];
  }

  /** The last day the principal used this system, or null if never. */
  @Nullable LocalDate lastSeen(int principalIndex) {
    int at = Arrays.binarySearch(principals, principalIndex);
    if (at < 0) {
      return null;
    }
    // Cells of one principal are adjacent and in day order: walk to the last of them.
    while (at + 1 < principals.length && principals[at + 1] == principalIndex) {
      at++;
    }
    return LocalDate.ofEpochDay(days[at]);
  }

  @Override
  public String toString() {
    return "SystemVolumes[" + system + ", cells=" + cells() + "]";
  }
}
