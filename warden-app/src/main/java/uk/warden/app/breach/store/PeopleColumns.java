package uk.warden.app.breach.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.warden.app.register.store.PersonDetailsCodec.ActiveClearances;
import uk.warden.core.breach.PersonAttributes;
import uk.warden.core.register.ClearanceLevel;
import uk.warden.core.register.EmploymentStatus;
import uk.warden.core.register.PersonKind;
import uk.warden.core.register.SensitivityFlag;

/**
 * Every registered person's breach attributes as the store gives them, before the day is applied:
 * kind, status, rank or grade, unit, sensitivity flags (the unit's included) and the active
 * clearances with their expiry days. {@link #attributes(LocalDate)} turns them into the index for a
 * day; {@link #write()} and {@link #read(ByteBuffer)} keep them in an index file. Held in columns,
 * in id order, so a million people are a few arrays.
 */
final class PeopleColumns {

  private static final PersonKind[] KINDS = PersonKind.values();
  private static final EmploymentStatus[] STATUSES = EmploymentStatus.values();
  private static final ClearanceLevel[] LEVELS = ClearanceLevel.values();
  private static final SensitivityFlag[] FLAGS = SensitivityFlag.values();
  private static final long NEVER = Long.MAX_VALUE;

  private final int size;
  private final int[] ids;
  private final byte[] kind;
  private final byte[] status;
  private final int[] rank;
  private final int[] unit;
  private final int[] flags;

  /** Person i's active clearances are {@code levels[first[i]] .. levels[first[i + 1] - 1]}. */
  private final int[] first;

  private final byte[] levels;
  private final long[] expires;
  private final List<@Nullable String> rankLabels;
  private final List<@Nullable String> unitLabels;

  private PeopleColumns(
      int size,
      int[] ids,
      byte[] kind,
      byte[] status,
      int[] rank,
      int[] unit,
      int[] flags,
      int[] first,
      byte[] levels,
      long[] expires,
      List<@Nullable String> rankLabels,
      List<@Nullable String> unitLabels) {
    this.size = size;
    this.ids = ids;
    this.kind = kind;
    this.status = status;
    this.rank = rank;
    this.unit = unit;
    this.flags = flags;
    this.first = first;
    this.levels = levels;
    this.expires = expires;
    this.rankLabels = rankLabels;
    this.unitLabels = unitLabels;
  }

  int size() {
    return size;
  }

  /**
   * The index for {@code asOf}: clearances count if valid that day (not expired before it), the
   * deepest being the first listed among equals. People are added in id order.
   */
  PersonAttributes attributes(LocalDate asOf) {
    long day = asOf.toEpochDay();
    PersonAttributes.Builder builder = PersonAttributes.builder();
    @SuppressWarnings("unchecked")
    Set<ClearanceLevel>[] clearanceSets = new Set[1 << LEVELS.length];
    List<Set<SensitivityFlag>> flagSets = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      int mask = 0;
      ClearanceLevel highest = null;
      for (int c = first[i]; c < first[i + 1]; c++) {
        if (expires[c] >= day) {
          ClearanceLevel held = LEVELS[levels[c]];
          mask |= 1 << held.ordinal();
          if (highest == null || held.depth() > highest.depth()) {
            highest = held;
          }
        }
      }
      // The builder only reads the sets, so people with the same ones share them.
      Set<ClearanceLevel> valid = clearanceSets[mask];
      if (valid == null) {
        valid = levelsOf(mask);
        clearanceSets[mask] = valid;
      }
      builder.add(
          ids[i],
          KINDS[kind[i]],
          STATUSES[status[i]],
          rankLabels.get(rank[i]),
          unitLabels.get(unit[i]),
          highest,
          valid,
          flagsOf(flags[i], flagSets));
    }
    return builder.build();
  }

  private static Set<ClearanceLevel> levelsOf(int mask) {
    Set<ClearanceLevel> set = EnumSet.noneOf(ClearanceLevel.class);
    for (ClearanceLevel level : LEVELS) {
      if ((mask & (1 << level.ordinal())) != 0) {
        set.add(level);
      }
    }
    return set;
  }

  private static Set<SensitivityFlag> flagsOf(int mask, List<Set<SensitivityFlag>> sets) {
    while (sets.size() <= mask) {
      Set<SensitivityFlag> set = EnumSet.noneOf(SensitivityFlag.class);
      int m = sets.size();
      for (SensitivityFlag flag : FLAGS) {
        if ((m & (1 << flag.ordinal())) != 0) {
          set.add(flag);
        }
      }
      sets.add(set);
    }
    return sets.get(mask);
  }

  /** Collects one range of people, read in id order. Not thread-safe: one per range. */
  static final class Builder {
    private int size;
    private int[] ids = new int[1024];
    private byte[] kind = new byte[1024];
    private byte[] status = new byte[1024];
    private @Nullable String[] rank = new String[1024];
    private @Nullable String[] unit = new String[1024];
    private int[] flags = new int[1024];
    private int[] count = new int[1024];
    private int clearances;
    private byte[] levels = new byte[1024];
    private long[] expires = new long[1024];
    private final Map<String, String> labels = new HashMap<>();

    void add(
        int id,
        PersonKind kind,
        EmploymentStatus status,
        @Nullable String rank,
        @Nullable String unit,
        Set<SensitivityFlag> flags,
        ActiveClearances active) {
      if (size == ids.length) {
        int capacity = size * 2;
        ids = Arrays.copyOf(ids, capacity);
        this.kind = Arrays.copyOf(this.kind, capacity);
        this.status = Arrays.copyOf(this.status, capacity);
        this.rank = Arrays.copyOf(this.rank, capacity);
        this.unit = Arrays.copyOf(this.unit, capacity);
        this.flags = Arrays.copyOf(this.flags, capacity);
        count = Arrays.copyOf(count, capacity);
      }
      ids[size] = id;
      this.kind[size] = (byte) kind.ordinal();
      this.status[size] = (byte) status.ordinal();
      this.rank[size] = label(rank);
      this.unit[size] = label(unit);
      int mask = 0;
      for (SensitivityFlag flag : flags) {
        mask |= 1 << flag.ordinal();
      }
      this.flags[size] = mask;
      count[size] = active.size();
      if (clearances + active.size() > levels.length) {
        int capacity = Math.max(levels.length * 2, clearances + active.size());
        levels = Arrays.copyOf(levels, capacity);
        expires = Arrays.copyOf(expires, capacity);
      }
      for (int c = 0; c < active.size(); c++) {
        levels[clearances] = (byte) active.levels()[c].ordinal();
        expires[clearances] = active.expires()[c];
        clearances++;
      }
      size++;
    }

    /** The same text read again is kept once. */
    private @Nullable String label(@Nullable String text) {
      return text == null ? null : labels.computeIfAbsent(text, t -> t);
    }
  }

  /** The ranges' people together; the ranges are in id order and do not overlap. */
  static PeopleColumns of(List<Builder> ranges) {
    int size = 0;
    int clearances = 0;
    for (Builder range : ranges) {
      size += range.size;
      clearances += range.clearances;
    }
    int[] ids = new int[size];
    byte[] kind = new byte[size];
    byte[] status = new byte[size];
    int[] rank = new int[size];
    int[] unit = new int[size];
    int[] flags = new int[size];
    int[] first = new int[size + 1];
    byte[] levels = new byte[clearances];
    long[] expires = new long[clearances];
    Dictionary ranks = new Dictionary();
    Dictionary units = new Dictionary();
    int at = 0;
    int c = 0;
    for (Builder range : ranges) {
      System.arraycopy(range.ids, 0, ids, at, range.size);
      System.arraycopy(range.kind, 0, kind, at, range.size);
      System.arraycopy(range.status, 0, status, at, range.size);
      System.arraycopy(range.flags, 0, flags, at, range.size);
      System.arraycopy(range.levels, 0, levels, c, range.clearances);
      System.arraycopy(range.expires, 0, expires, c, range.clearances);
      for (int i = 0; i < range.size; i++) {
        rank[at + i] = ranks.index(range.rank[i]);
        unit[at + i] = units.index(range.unit[i]);
        first[at + i] = c;
        c += range.count[i];
      }
      at += range.size;
    }
    first[size] = c;
    return new PeopleColumns(
        size,
        ids,
        kind,
        status,
        rank,
        unit,
        flags,
        first,
        levels,
        expires,
        ranks.labels,
        units.labels);
  }

  /** Labels numbered in the order first met; null is a label too. */
  private static final class Dictionary {
    private final List<@Nullable String> labels = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private int nullIndex = -1;

    int index(@Nullable String label) {
      if (label == null) {
        if (nullIndex < 0) {
          nullIndex = labels.size();
          labels.add(null);
        }
        return nullIndex;
      }
      return index.computeIfAbsent(
          label,
          key -> {
            labels.add(key);
            return labels.size() - 1;
          });
    }
  }

  // The file: the names of the enums' constants as they were written (so a reordered enum still
  // reads right), the label dictionaries, then each column whole.

  ByteBuffer write() {
    List<byte[]> names = new ArrayList<>();
    int bytes = 0;
    for (List<String> list :
        List.of(
            names(KINDS),
            names(STATUSES),
            names(LEVELS),
            names(FLAGS),
            nonNull(rankLabels),
            nonNull(unitLabels))) {
      for (String name : list) {
        byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
        names.add(utf8);
        bytes += 4 + utf8.length;
      }
    }
    int clearances = first[size];
    ByteBuffer out =
        ByteBuffer.allocate(
            4 * 6
                + 2 * 4 * 2
                + bytes
                + 4 * 4
                + size * (4 + 1 + 1 + 4 + 4 + 4 + 4)
                + 4
                + clearances * (1 + 8));
    int n = 0;
    for (int count : new int[] {KINDS.length, STATUSES.length, LEVELS.length, FLAGS.length}) {
      out.putInt(count);
      for (int i = 0; i < count; i++) {
        put(out, names.get(n++));
      }
    }
    for (List<@Nullable String> labels : List.of(rankLabels, unitLabels)) {
      out.putInt(labels.size());
      out.putInt(labels.indexOf(null));
      for (String label : labels) {
        if (label != null) {
          put(out, names.get(n++));
        }
      }
    }
    out.putInt(size).putInt(clearances);
    out.asIntBuffer().put(ids, 0, size);
    out.position(out.position() + 4 * size);
    out.put(kind, 0, size).put(status, 0, size);
    putInts(out, rank, size);
    putInts(out, unit, size);
    putInts(out, flags, size);
    putInts(out, first, size + 1);
    out.put(levels, 0, clearances);
    out.asLongBuffer().put(expires, 0, clearances);
    out.position(out.position() + 8 * clearances);
    return out.flip();
  }

  static PeopleColumns read(ByteBuffer in) {
    byte[] kindMap = ordinals(in, PersonKind.class);
    byte[] statusMap = ordinals(in, EmploymentStatus.class);
    byte[] levelMap = ordinals(in, ClearanceLevel.class);
    byte[] flagMap = ordinals(in, SensitivityFlag.class);
    List<@Nullable String> rankLabels = labels(in);
    List<@Nullable String> unitLabels = labels(in);
    int size = in.getInt();
    int clearances = in.getInt();
    int[] ids = getInts(in, size);
    byte[] kind = new byte[size];
    byte[] status = new byte[size];
    in.get(kind).get(status);
    int[] rank = getInts(in, size);
    int[] unit = getInts(in, size);
    int[] flags = getInts(in, size);
    int[] first = getInts(in, size + 1);
    byte[] levels = new byte[clearances];
    in.get(levels);
    long[] expires = new long[clearances];
    in.asLongBuffer().get(expires);
    in.position(in.position() + 8 * clearances);
    for (int i = 0; i < size; i++) {
      kind[i] = kindMap[kind[i]];
      status[i] = statusMap[status[i]];
      int mask = 0;
      for (int f = 0; f < flagMap.length; f++) {
        if ((flags[i] & (1 << f)) != 0) {
          mask |= 1 << flagMap[f];
        }
      }
      flags[i] = mask;
    }
    for (int c = 0; c < clearances; c++) {
      levels[c] = levelMap[levels[c]];
    }
    if (in.hasRemaining() || first[size] != clearances) {
      throw new IllegalStateException("the people index file does not add up");
    }
    return new PeopleColumns(
        size, ids, kind, status, rank, unit, flags, first, levels, expires, rankLabels, unitLabels);
  }

  /** Written ordinal to this build's, by name; a name this build lacks fails the read. */
  private static <E extends Enum<E>> byte[] ordinals(ByteBuffer in, Class<E> type) {
    byte[] map = new byte[in.getInt()];
    for (int i = 0; i < map.length; i++) {
      map[i] = (byte) Enum.valueOf(type, string(in)).ordinal();
    }
    return map;
  }

  private static List<@Nullable String> labels(ByteBuffer in) {
    int count = in.getInt();
    int nullAt = in.getInt();
    List<@Nullable String> labels = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      labels.add(i == nullAt ? null : string(in));
    }
    return labels;
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  private static List<String> nonNull(List<@Nullable String> labels) {
    List<String> present = new ArrayList<>(labels.size());
    for (String label : labels) {
      if (label != null) {
        present.add(label);
      }
    }
    return present;
  }

  private static void put(ByteBuffer out, byte[] utf8) {
    out.putInt(utf8.length).put(utf8);
  }

  private static String string(ByteBuffer in) {
    byte[] utf8 = new byte[in.getInt()];
    in.get(utf8);
    return new String(utf8, StandardCharsets.UTF_8);
  }

  private static void putInts(ByteBuffer out, int[] values, int count) {
    out.asIntBuffer().put(values, 0, count);
    out.position(out.position() + 4 * count);
  }

  private static int[] getInts(ByteBuffer in, int count) {
    int[] values = new int[count];
    in.asIntBuffer().get(values);
    in.position(in.position() + 4 * count);
    return values;
  }
}
