package uk.warden.core.access;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Records read per principal per system per day, and events of any kind: what access events come to
 * once aggregated. The bulk look-up rule compares a principal's day with its peers' days on the
 * same system; the unused-access rule asks when a principal last used a system.
 *
 * <p>Built by streaming events (or rows of a store's aggregate) into a {@link Builder}, which keeps
 * one primitive cell per principal, system and day, never the events themselves: ten million events
 * by a hundred thousand principals over a quarter come to a few hundred megabytes at most, and far
 * less when people use few systems. Days are calendar days in the force's zone.
 *
 * <p>Volumes count what they are given: feed them each event once (from the de-duplicated store, or
 * only the events an ingest actually inserted).
 */
public final class AccessVolumes {

  // 27 + 16 + 20 bits leave the sign bit clear, so a packed key is never negative.
  private static final int PRINCIPAL_BITS = 27;
  private static final int SYSTEM_BITS = 16;
  private static final int DAY_BITS = 20;

  private final ZoneId zone;
  private final Map<String, Integer> principalIndex;
  private final String[] principalNames;
  private final Map<String, SystemVolumes> bySystem;
  private final long cells;

  private AccessVolumes(
      ZoneId zone,
      Map<String, Integer> principalIndex,
      String[] principalNames,
      Map<String, SystemVolumes> bySystem) {
    this.zone = zone;
    this.principalIndex = principalIndex;
    this.principalNames = principalNames;
    this.bySystem = bySystem;
    long count = 0;
    for (SystemVolumes system : bySystem.values()) {
      count += system.cells();
    }
    this.cells = count;
  }

  public static AccessVolumes empty(ZoneId zone) {
    return builder(zone).build();
  }

  public static Builder builder(ZoneId zone) {
    return new Builder(zone, 1024);
  }

  /** A builder sized for about {@code expectedCells} principal-system-days. */
  public static Builder builder(ZoneId zone, int expectedCells) {
    return new Builder(zone, expectedCells);
  }

  public ZoneId zone() {
    return zone;
  }

  /** Principal-system-days with any activity. */
  public long cells() {
    return cells;
  }

  public int principals() {
    return principalNames.length;
  }

  /** The principal with dense number {@code index}, as {@link SystemVolumes#principalIndex}. */
  public String principal(int index) {
    return principalNames[index];
  }

  /** Systems with any activity, sorted. */
  public Set<String> systems() {
    return bySystem.keySet();
  }

  /** The system's cells; empty when nobody used it. */
  public SystemVolumes system(String systemCode) {
    SystemVolumes volumes = bySystem.get(systemCode);
    return volumes != null
        ? volumes
        : new SystemVolumes(
            systemCode, principalNames, new int[0], new int[0], new long[0], new int[0]);
  }

  /** The last day {@code principalId} used {@code systemCode} in any way, or null. */
  public @Nullable LocalDate lastSeen(String principalId, String systemCode) {
    Integer index = principalIndex.get(principalId);
    SystemVolumes volumes = bySystem.get(systemCode);
    return index == null || volumes == null ? null : volumes.lastSeen(index);
  }

  /** Every cell, system by system, each in principal and day order. */
  public void forEach(Consumer<DailyVolume> sink) {
    for (SystemVolumes volumes : bySystem.values()) {
      for (int cell = 0; cell < volumes.cells(); cell++) {
        sink.accept(
            new DailyVolume(
                volumes.principal(cell),
                volumes.system(),
                volumes.day(cell),
                volumes.recordsRead(cell),
                volumes.events(cell)));
      }
    }
  }

  @Override
  public String toString() {
    return "AccessVolumes[systems="
        + bySystem.size()
        + ", principals="
        + principalNames.length
        + ", cells="
        + cells
        + "]";
  }

  /** Accumulates cells; not thread-safe. */
  public static final class Builder implements Consumer<AccessEvent> {

    private final ZoneId zone;
    private final ZoneRules rules;
    private final @Nullable ZoneOffset fixedOffset;
    private final Map<String, Integer> principals = new HashMap<>();
    private final List<String> principalNames = new ArrayList<>();
    private final Map<String, Integer> systems = new HashMap<>();
    private final List<String> systemNames = new ArrayList<>();
    private final CellTable table;
    private String lastPrincipal = "";
    private int lastPrincipalIndex = -1;
    private long offsetFrom = Long.MAX_VALUE;
    private long offsetUntil = Long.MIN_VALUE;
    private int offset;

    private Builder(ZoneId zone, int expectedCells) {
      this.zone = Objects.requireNonNull(zone, "zone");
      this.rules = zone.getRules();
      this.fixedOffset = rules.isFixedOffset() ? rules.getOffset(Instant.EPOCH) : null;
      this.table = new CellTable(expectedCells);
    }

    /** Counts one event: its records if it reads, and the event itself either way. */
    @Override
    public void accept(AccessEvent event) {
      add(event.principalId(), event.systemCode(), day(event.at()), readRecords(event), 1);
    }

    public Builder add(AccessEvent event) {
      accept(event);
      return this;
    }

    /** Adds a ready-made cell, as a store's {@code GROUP BY principal, system, day} returns. */
    public Builder add(
        String principalId, String systemCode, LocalDate day, long recordsRead, int events) {
      if (recordsRead < 0 || events < 0) {
        throw new IllegalArgumentException("volumes cannot be negative");
      }
      add(principalId, systemCode, day.toEpochDay(), recordsRead, events);
      return this;
    }

    public AccessVolumes build() {
      String[] names = principalNames.toArray(new String[0]);
      List<long[]> keysBySystem = new ArrayList<>();
      int[] counts = new int[systemNames.size()];
      for (int slot = 0; slot < table.capacity(); slot++) {
        long key = table.keyAt(slot);
        if (key >= 0) {
          counts[systemOf(key)]++;
        }
      }
      for (int count : counts) {
        keysBySystem.add(new long[count]);
      }
      int[] filled = new int[systemNames.size()];
      for (int slot = 0; slot < table.capacity(); slot++) {
        long key = table.keyAt(slot);
        if (key >= 0) {
          int system = systemOf(key);
          // Principal in the high bits, day in the low: sorting gives principal then day order.
          keysBySystem.get(system)[filled[system]++] =
              ((long) principalOf(key) << DAY_BITS) | dayOf(key);
        }
      }
      Map<String, SystemVolumes> bySystem = new TreeMap<>();
      for (int system = 0; system < systemNames.size(); system++) {
        bySystem.put(systemNames.get(system), columns(system, keysBySystem.get(system), names));
        keysBySystem.set(system, null);
      }
      return new AccessVolumes(
          zone, Map.copyOf(principals), names, Collections.unmodifiableMap(bySystem));
    }

    private SystemVolumes columns(int system, long[] principalDays, String[] names) {
      Arrays.sort(principalDays);
      int n = principalDays.length;
      int[] principalColumn = new int[n];
      int[] dayColumn = new int[n];
      long[] recordColumn = new long[n];
      int[] eventColumn = new int[n];
      for (int i = 0; i < n; i++) {
        int principal = (int) (principalDays[i] >>> DAY_BITS);
        int day = (int) (principalDays[i] & ((1L << DAY_BITS) - 1));
        int slot = table.find(pack(principal, system, day));
        principalColumn[i] = principal;
        dayColumn[i] = day;
        recordColumn[i] = table.recordsAt(slot);
        eventColumn[i] = table.eventsAt(slot);
      }
      return new SystemVolumes(
          systemNames.get(system), names, principalColumn, dayColumn, recordColumn, eventColumn);
    }

    private void add(
        String principalId, String systemCode, long epochDay, long recordsRead, int events) {
      if (epochDay < 0 || epochDay >= 1L << DAY_BITS) {
        throw new IllegalArgumentException("access volumes cover days from 1970 to 4840 only");
      }
      table.add(
          pack(principal(principalId), system(systemCode), (int) epochDay), recordsRead, events);
    }

    private int principal(String id) {
      // Logs come in runs by one principal often enough that the last lookup is worth keeping.
      if (id.equals(lastPrincipal)) {
        return lastPrincipalIndex;
      }
      Integer index = principals.get(id);
      if (index == null) {
        if (principalNames.size() >= 1 << PRINCIPAL_BITS) {
          throw new IllegalArgumentException("access volumes hold at most 134M principals");
        }
        index = principalNames.size();
        principals.put(id, index);
        principalNames.add(id);
      }
      lastPrincipal = id;
      lastPrincipalIndex = index;
      return index;
    }

    private int system(String code) {
      Integer index = systems.get(code);
      if (index == null) {
        if (systemNames.size() >= 1 << SYSTEM_BITS) {
          throw new IllegalArgumentException("access volumes hold at most 65,536 systems");
        }
        index = systemNames.size();
        systems.put(code, index);
        systemNames.add(code);
      }
      return index;
    }

    private long day(Instant at) {
      long second = at.getEpochSecond();
      if (fixedOffset != null) {
        return Math.floorDiv(second + fixedOffset.getTotalSeconds(), 86_400L);
      }
      // The offset holds between two transitions; logs come roughly in time order, so keeping the
      // current span saves looking the zone's rules up for almost every event.
      if (second < offsetFrom || second >= offsetUntil) {
        offset = rules.getOffset(at).getTotalSeconds();
        ZoneOffsetTransition previous = rules.previousTransition(at.plusNanos(1));
        ZoneOffsetTransition next = rules.nextTransition(at);
        offsetFrom = previous == null ? Long.MIN_VALUE : previous.toEpochSecond();
        offsetUntil = next == null ? Long.MAX_VALUE : next.toEpochSecond();
      }
      return Math.floorDiv(second + offset, 86_400L);
    }

    private static long readRecords(AccessEvent event) {
      return event.operation().reads() ? event.records() : 0;
    }

    private static long pack(int principal, int system, int day) {
      return ((long) principal << (SYSTEM_BITS + DAY_BITS)) | ((long) system << DAY_BITS) | day;
    }

    private static int principalOf(long key) {
      return (int) (key >>> (SYSTEM_BITS + DAY_BITS));
    }

    private static int systemOf(long key) {
      return (int) ((key >>> DAY_BITS) & ((1L << SYSTEM_BITS) - 1));
    }

    private static int dayOf(long key) {
      return (int) (key & ((1L << DAY_BITS) - 1));
    }
  }
}
