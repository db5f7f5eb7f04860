package uk.warden.core.breach;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.warden.core.custody.PersonSet;
import uk.warden.core.register.Clearance;
import uk.warden.core.register.ClearanceLevel;
import uk.warden.core.register.EmploymentStatus;
import uk.warden.core.register.Person;
import uk.warden.core.register.PersonKind;
import uk.warden.core.register.SensitivityFlag;
import uk.warden.core.register.Unit;

/**
 * The facts breach aggregates group by, as columns indexed by person id: kind, status, post (rank
 * or grade in a unit), highest and all valid clearances, sensitivity flags. A million people take
 * about 10 MB and no objects; each enum value also has a precomputed person set, so a group's count
 * is one bitmap intersection. Rank and unit share one column of posts, the distinct pairs of the
 * two, so counting both by rank and by unit costs one array read per person, not two. Names and
 * identifiers are deliberately absent.
 */
public final class PersonAttributes {

  /** The label of people whose rank, grade or unit is not recorded. */
  public static final String UNRECORDED = "unrecorded";

  private static final byte NONE = -1;
  private static final ClearanceLevel[] LEVELS = ClearanceLevel.values();
  private static final SensitivityFlag[] FLAGS = SensitivityFlag.values();
  private static final PersonKind[] KINDS = PersonKind.values();
  private static final EmploymentStatus[] STATUSES = EmploymentStatus.values();

  static {
    // Clearances and flags are packed into a short and a byte per person.
    if (LEVELS.length > Short.SIZE || FLAGS.length > Byte.SIZE) {
      throw new IllegalStateException("too many clearance levels or flags for the bit masks");
    }
  }

  private final byte[] kind;
  private final byte[] status;
  private final byte[] highest;
  private final short[] clearances;
  private final byte[] flags;

  /** Post per person; post 0 is "not registered", so a count over it needs no membership test. */
  private final int[] post;

  private final int[] postRank;
  private final int[] postUnit;
  private final List<String> rankLabels;
  private final List<String> unitLabels;

  private final PersonSet registered;
  private final PersonSet uncleared;
  private final PersonSet[] byKind;
  private final PersonSet[] byStatus;
  private final PersonSet[] byHighest;
  private final PersonSet[] holding;
  private final PersonSet[] flagged;

  private PersonAttributes(Builder b) {
    int bound = b.bound;
    this.kind = Arrays.copyOf(b.kind, bound);
    this.status = Arrays.copyOf(b.status, bound);
    this.highest = Arrays.copyOf(b.highest, bound);
    this.clearances = Arrays.copyOf(b.clearances, bound);
    this.flags = Arrays.copyOf(b.flags, bound);
    this.post = new int[bound];
    this.rankLabels = List.copyOf(b.rankLabels);
    this.unitLabels = List.copyOf(b.unitLabels);

    PersonSet.Builder all = PersonSet.builder();
    PersonSet.Builder none = PersonSet.builder();
    PersonSet.Builder[] kinds = builders(KINDS.length);
    PersonSet.Builder[] statuses = builders(STATUSES.length);
    PersonSet.Builder[] highs = builders(LEVELS.length);
    PersonSet.Builder[] holds = builders(LEVELS.length);
    PersonSet.Builder[] flaggedBy = builders(FLAGS.length);
    Map<Long, Integer> posts = new HashMap<>();
    List<int[]> pairs = new ArrayList<>();
    pairs.add(new int[] {0, 0});
    for (int id = 0; id < bound; id++) {
      if (kind[id] == NONE) {
        continue;
      }
      int rank = b.rankOrGrade[id];
      int unitIndex = b.unit[id];
      post[id] =
          posts.computeIfAbsent(
              ((long) rank << Integer.SIZE) | unitIndex,
              key -> {
                pairs.add(new int[] {rank, unitIndex});
                return pairs.size() - 1;
              });
      all.add(id);
      kinds[kind[id]].add(id);
      statuses[status[id]].add(id);
      if (highest[id] == NONE) {
        none.add(id);
      } else {
        highs[highest[id]].add(id);
      }
      for (int level = 0; level < LEVELS.length; level++) {
        if ((clearances[id] & (1 << level)) != 0) {
          holds[level].add(id);
        }
      }
      for (int flag = 0; flag < FLAGS.length; flag++) {
        if ((this.flags[id] & (1 << flag)) != 0) {
          flaggedBy[flag].add(id);
        }
      }
    }
    this.registered = all.build();
    this.uncleared = none.build();
    this.byKind = build(kinds);
    this.byStatus = build(statuses);
    this.byHighest = build(highs);
    this.holding = build(holds);
    this.flagged = build(flaggedBy);
    this.postRank = pairs.stream().mapToInt(pair -> pair[0]).toArray();
    this.postUnit = pairs.stream().mapToInt(pair -> pair[1]).toArray();
  }

  private PersonAttributes(
      byte[] kind,
      byte[] status,
      byte[] highest,
      short[] clearances,
      byte[] flags,
      int[] post,
      int[] postRank,
      int[] postUnit,
      List<String> rankLabels,
      List<String> unitLabels,
      PersonSet[] sets) {
    this.kind = kind;
    this.status = status;
    this.highest = highest;
    this.clearances = clearances;
    this.flags = flags;
    this.post = post;
    this.postRank = postRank;
    this.postUnit = postUnit;
    this.rankLabels = List.copyOf(rankLabels);
    this.unitLabels = List.copyOf(unitLabels);
    int at = 0;
    this.registered = sets[at++];
    this.uncleared = sets[at++];
    this.byKind = Arrays.copyOfRange(sets, at, at += KINDS.length);
    this.byStatus = Arrays.copyOfRange(sets, at, at += STATUSES.length);
    this.byHighest = Arrays.copyOfRange(sets, at, at += LEVELS.length);
    this.holding = Arrays.copyOfRange(sets, at, at += LEVELS.length);
    this.flagged = Arrays.copyOfRange(sets, at, at + FLAGS.length);
  }

  /** How many person sets {@link #toBytes} writes: registered, uncleared, then each enum's. */
  private static int setCount() {
    return 2 + KINDS.length + STATUSES.length + 2 * LEVELS.length + FLAGS.length;
  }

  private PersonSet[] sets() {
    PersonSet[] sets = new PersonSet[setCount()];
    int at = 0;
    sets[at++] = registered;
    sets[at++] = uncleared;
    for (PersonSet[] group : List.of(byKind, byStatus, byHighest, holding, flagged)) {
      System.arraycopy(group, 0, sets, at, group.length);
      at += group.length;
    }
    return sets;
  }

  /**
   * Everything as bytes, for an index built once and read back by later processes instead of being
   * built again from the register: a million people are read back in a fraction of the time it
   * takes to build them. The enums' sizes are written too, so bytes from a build whose enums differ
   * are refused by {@link #fromBytes}.
   */
  public ByteBuffer toBytes() {
    int bound = kind.length;
    PersonSet[] sets = sets();
    byte[][] setBytes = new byte[sets.length][];
    long size = 4L * 5 + (long) bound * (1 + 1 + 1 + 2 + 1 + 4) + 4 + 8L * postRank.length;
    for (int i = 0; i < sets.length; i++) {
      setBytes[i] = sets[i].toBytes();
      size += 4 + setBytes[i].length;
    }
    List<byte[]> labels = new ArrayList<>();
    for (List<String> list : List.of(rankLabels, unitLabels)) {
      size += 4;
      for (String label : list) {
        byte[] utf8 = label.getBytes(StandardCharsets.UTF_8);
        labels.add(utf8);
        size += 4 + utf8.length;
      }
    }
    if (size > Integer.MAX_VALUE) {
      throw new IllegalStateException("too many people to write out: " + bound);
    }
    ByteBuffer out = ByteBuffer.allocate((int) size);
    out.putInt(KINDS.length).putInt(STATUSES.length).putInt(LEVELS.length).putInt(FLAGS.length);
    out.putInt(bound);
    out.put(kind).put(status).put(highest);
    out.asShortBuffer().put(clearances);
    out.position(out.position() + 2 * bound);
    out.put(flags);
    out.asIntBuffer().put(post);
    out.position(out.position() + 4 * bound);
    out.putInt(postRank.length);
    out.asIntBuffer().put(postRank).put(postUnit);
    out.position(out.position() + 8 * postRank.length);
    int label = 0;
    for (List<String> list : List.of(rankLabels, unitLabels)) {
      out.putInt(list.size());
      for (int i = 0; i < list.size(); i++) {
        byte[] utf8 = labels.get(label++);
        out.putInt(utf8.length).put(utf8);
      }
    }
    for (byte[] set : setBytes) {
      out.putInt(set.length).put(set);
    }
    return out.flip();
  }

  /** Reads what {@link #toBytes} wrote, all of it; bytes of another shape are refused. */
  public static PersonAttributes fromBytes(ByteBuffer in) {
    try {
      if (in.getInt() != KINDS.length
          || in.getInt() != STATUSES.length
          || in.getInt() != LEVELS.length
          || in.getInt() != FLAGS.length) {
        throw new IllegalArgumentException("written with other kinds, statuses, levels or flags");
      }
      int bound = in.getInt();
      byte[] kind = new byte[bound];
      byte[] status = new byte[bound];
      byte[] highest = new byte[bound];
      in.get(kind).get(status).get(highest);
      short[] clearances = new short[bound];
      in.asShortBuffer().get(clearances);
      in.position(in.position() + 2 * bound);
      byte[] flags = new byte[bound];
      in.get(flags);
      int[] post = new int[bound];
      in.asIntBuffer().get(post);
      in.position(in.position() + 4 * bound);
      int posts = in.getInt();
      int[] postRank = new int[posts];
      int[] postUnit = new int[posts];
      in.asIntBuffer().get(postRank).get(postUnit);
      in.position(in.position() + 8 * posts);
      List<String> rankLabels = labels(in);
      List<String> unitLabels = labels(in);
      PersonSet[] sets = new PersonSet[setCount()];
      for (int i = 0; i < sets.length; i++) {
        byte[] set = new byte[in.getInt()];
        in.get(set);
        sets[i] = PersonSet.fromBytes(set);
      }
      if (in.hasRemaining()) {
        throw new IllegalArgumentException(in.remaining() + " bytes too many");
      }
      for (int id = 0; id < bound; id++) {
        if (post[id] < 0 || post[id] >= posts) {
          throw new IllegalArgumentException("person " + id + " has no post");
        }
      }
      for (int p = 0; p < posts; p++) {
        if (postRank[p] < 0
            || postRank[p] >= rankLabels.size()
            || postUnit[p] < 0
            || postUnit[p] >= unitLabels.size()) {
          throw new IllegalArgumentException("post " + p + " has no rank or unit");
        }
      }
      return new PersonAttributes(
          kind,
          status,
          highest,
          clearances,
          flags,
          post,
          postRank,
          postUnit,
          rankLabels,
          unitLabels,
          sets);
    } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
      throw new IllegalArgumentException("not a person attributes index: " + e, e);
    }
  }

  private static List<String> labels(ByteBuffer in) {
    int count = in.getInt();
    List<String> labels = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      byte[] utf8 = new byte[in.getInt()];
      in.get(utf8);
      labels.add(new String(utf8, StandardCharsets.UTF_8));
    }
    return labels;
  }

  /**
   * Columns for {@code people} as of {@code asOf} (clearances valid that day). A person's
   * sensitivity flags include their unit's: serving in a covert unit is a covert role.
   */
  public static PersonAttributes of(
      Collection<Person> people, Collection<Unit> units, LocalDate asOf) {
    Map<String, Set<SensitivityFlag>> unitFlags = new HashMap<>();
    units.forEach(u -> unitFlags.put(u.code(), u.flags()));
    Builder builder = builder();
    for (Person person : people) {
      Integer id = person.id();
      if (id == null) {
        throw new IllegalArgumentException("a person has no index yet; store people first");
      }
      Set<ClearanceLevel> valid = EnumSet.noneOf(ClearanceLevel.class);
      for (Clearance clearance : person.clearances()) {
        if (clearance.validOn(asOf)) {
          valid.add(clearance.level());
        }
      }
      Clearance top = person.highestClearance(asOf);
      Set<SensitivityFlag> flags = EnumSet.noneOf(SensitivityFlag.class);
      flags.addAll(person.flags());
      if (person.unitCode() != null) {
        flags.addAll(unitFlags.getOrDefault(person.unitCode(), Set.of()));
      }
      String rank = person.kind().ranked() ? person.rankCode() : person.grade();
      if (rank == null) {
        rank = person.kind().ranked() ? person.grade() : person.rankCode();
      }
      builder.add(
          id,
          person.kind(),
          person.status(),
          rank,
          person.unitCode(),
          top == null ? null : top.level(),
          valid,
          flags);
    }
    return builder.build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** One past the highest person index known. */
  public int bound() {
    return kind.length;
  }

  public boolean registered(int id) {
    return id >= 0 && id < kind.length && kind[id] != NONE;
  }

  public @Nullable PersonKind kind(int id) {
    return registered(id) ? KINDS[kind[id]] : null;
  }

  public @Nullable EmploymentStatus status(int id) {
    return registered(id) ? STATUSES[status[id]] : null;
  }

  public @Nullable String rankOrGrade(int id) {
    return registered(id) ? rankLabels.get(postRank[post[id]]) : null;
  }

  public @Nullable String unit(int id) {
    return registered(id) ? unitLabels.get(postUnit[post[id]]) : null;
  }

  public @Nullable ClearanceLevel highestClearance(int id) {
    return registered(id) && highest[id] != NONE ? LEVELS[highest[id]] : null;
  }

  public Set<ClearanceLevel> clearances(int id) {
    Set<ClearanceLevel> held = EnumSet.noneOf(ClearanceLevel.class);
    if (registered(id)) {
      for (ClearanceLevel level : LEVELS) {
        if ((clearances[id] & (1 << level.ordinal())) != 0) {
          held.add(level);
        }
      }
    }
    return held;
  }

  public Set<SensitivityFlag> flags(int id) {
    Set<SensitivityFlag> set = EnumSet.noneOf(SensitivityFlag.class);
    if (registered(id)) {
      for (SensitivityFlag flag : FLAGS) {
        if ((flags[id] & (1 << flag.ordinal())) != 0) {
          set.add(flag);
        }
      }
    }
    return set;
  }

  public PersonSet registered() {
    return registered;
  }

  public PersonSet withKind(PersonKind value) {
    return byKind[value.ordinal()];
  }

  public PersonSet withStatus(EmploymentStatus value) {
    return byStatus[value.ordinal()];
  }

  /** People whose deepest valid clearance is {@code level}. */
  public PersonSet withHighestClearance(ClearanceLevel level) {
    return byHighest[level.ordinal()];
  }

  /** Registered people with no valid clearance. */
  public PersonSet uncleared() {
    return uncleared;
  }

  /** People holding a valid {@code level} clearance, deepest or not. */
  public PersonSet holding(ClearanceLevel level) {
    return holding[level.ordinal()];
  }

  public PersonSet flagged(SensitivityFlag flag) {
    return flagged[flag.ordinal()];
  }

  /** Bytes held by the columns and their sets, to size the index. */
  public long sizeInBytes() {
    long bytes = (long) kind.length * (1 + 1 + 1 + 2 + 1 + 4) + 8L * postRank.length;
    bytes += registered.sizeInBytes() + uncleared.sizeInBytes();
    for (PersonSet[] sets : List.of(byKind, byStatus, byHighest, holding, flagged)) {
      for (PersonSet set : sets) {
        bytes += set.sizeInBytes();
      }
    }
    return bytes;
  }

  /** The post column itself, for counting passes; never modified. */
  int[] posts() {
    return post;
  }

  int postCount() {
    return postRank.length;
  }

  int rankOfPost(int post) {
    return postRank[post];
  }

  int unitOfPost(int post) {
    return postUnit[post];
  }

  List<String> rankLabels() {
    return rankLabels;
  }

  List<String> unitLabels() {
    return unitLabels;
  }

  @Override
  public String toString() {
    return "PersonAttributes[" + registered.size() + " people]";
  }

  private static PersonSet.Builder[] builders(int count) {
    PersonSet.Builder[] builders = new PersonSet.Builder[count];
    for (int i = 0; i < count; i++) {
      builders[i] = PersonSet.builder();
    }
    return builders;
  }

  private static PersonSet[] build(PersonSet.Builder[] builders) {
    PersonSet[] sets = new PersonSet[builders.length];
    for (int i = 0; i < builders.length; i++) {
      sets[i] = builders[i].build();
    }
    return sets;
  }

  /** Fills the columns person by person; labels are interned into small dictionaries. */
  public static final class Builder {

    private int bound;
    private byte[] kind = filled(new byte[1024]);
    private byte[] status = new byte[1024];
    private byte[] highest = new byte[1024];
    private short[] clearances = new short[1024];
    private byte[] flags = new byte[1024];
    private int[] rankOrGrade = new int[1024];
    private int[] unit = new int[1024];
    private final List<String> rankLabels = new ArrayList<>(List.of(UNRECORDED));
    private final List<String> unitLabels = new ArrayList<>(List.of(UNRECORDED));
    private final Map<String, Integer> rankIndex = new HashMap<>(Map.of(UNRECORDED, 0));
    private final Map<String, Integer> unitIndex = new HashMap<>(Map.of(UNRECORDED, 0));

    private Builder() {}

    public Builder add(
        int id,
        PersonKind kind,
        EmploymentStatus status,
        @Nullable String rankOrGrade,
        @Nullable String unit,
        @Nullable ClearanceLevel highest,
        Set<ClearanceLevel> clearances,
        Set<SensitivityFlag> flags) {
      if (id < 0) {
        throw new IllegalArgumentException("person indexes are never negative");
      }
      ensure(id + 1);
      if (this.kind[id] != NONE) {
        throw new IllegalArgumentException("person index " + id + " added twice");
      }
      this.kind[id] = (byte) kind.ordinal();
      this.status[id] = (byte) status.ordinal();
      this.highest[id] = highest == null ? NONE : (byte) highest.ordinal();
      short mask = 0;
      for (ClearanceLevel level : clearances) {
        mask |= (short) (1 << level.ordinal());
      }
      if (highest != null) {
        mask |= (short) (1 << highest.ordinal());
      }
      this.clearances[id] = mask;
      byte flagMask = 0;
      for (SensitivityFlag flag : flags) {
        flagMask |= (byte) (1 << flag.ordinal());
      }
      this.flags[id] = flagMask;
      this.rankOrGrade[id] = intern(rankOrGrade, rankLabels, rankIndex);
      this.unit[id] = intern(unit, unitLabels, unitIndex);
      bound = Math.max(bound, id + 1);
      return this;
    }

    public PersonAttributes build() {
      return new PersonAttributes(this);
    }

    private static int intern(
        @Nullable String label, List<String> labels, Map<String, Integer> index) {
      if (label == null || label.isBlank()) {
        return 0;
      }
      return index.computeIfAbsent(
          label,
          key -> {
            labels.add(key);
            return labels.size() - 1;
          });
    }

    private void ensure(int size) {
      if (size <= kind.length) {
        return;
      }
      int capacity = Math.max(size, kind.length * 2);
      int old = kind.length;
      kind = Arrays.copyOf(kind, capacity);
      Arrays.fill(kind, old, capacity, NONE);
      status = Arrays.copyOf(status, capacity);
      highest = Arrays.copyOf(highest, capacity);
      clearances = Arrays.copyOf(clearances, capacity);
      flags = Arrays.copyOf(flags, capacity);
      rankOrGrade = Arrays.copyOf(rankOrGrade, capacity);
      unit = Arrays.copyOf(unit, capacity);
    }

    private static byte[] filled(byte[] array) {
      Arrays.fill(array, NONE);
      return array;
    }
  }
}
