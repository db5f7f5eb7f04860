package uk.warden.core.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.roaringbitmap.RoaringBitmap;

/**
 * Every past extract's fingerprint, inverted: for each person key, the extracts (as a bitmap of
 * their ordinals) that held a row with it; for each canary key, the extract and canary it marks. A
 * trace then costs a few bitmap look-ups per leaked row, however many extracts there are.
 *
 * <p>Canary keys live apart from people's: a canary is not a person, and no people-level view
 * should ever count one.
 */
public final class ExtractIndex {

  private static final long[] NONE = new long[0];

  private final Map<Long, RoaringBitmap> holders = new HashMap<>();

  /** Non-primary key to the primary keys of the rows it was in: how a name finds a pay number. */
  private final Map<Long, long[]> primaries = new HashMap<>();

  /** Canary key to (extract ordinal << 32 | canary number) of each canary that has it. */
  private final Map<Long, long[]> canaries = new HashMap<>();

  private final Set<Long> people = new HashSet<>();
  private final Map<String, Integer> ordinals = new HashMap<>();
  private final List<String> ids = new ArrayList<>();
  private int[] sizes = new int[16];
  private int[] canaryCounts = new int[16];

  /** Adds a past extract; returns its ordinal, the bit that stands for it in every bitmap. */
  public int add(ExtractFingerprint fingerprint) {
    if (ordinals.containsKey(fingerprint.extractId())) {
      throw new IllegalArgumentException(
          "extract " + fingerprint.extractId() + " is already in the index");
    }
    int ordinal = ids.size();
    ids.add(fingerprint.extractId());
    ordinals.put(fingerprint.extractId(), ordinal);
    if (ordinal == sizes.length) {
      sizes = Arrays.copyOf(sizes, ordinal * 2);
      canaryCounts = Arrays.copyOf(canaryCounts, ordinal * 2);
    }
    KeyRows rows = fingerprint.people();
    sizes[ordinal] = rows.size();
    for (int i = 0; i < rows.size(); i++) {
      long[] keys = rows.row(i);
      if (keys.length == 0) {
        continue;
      }
      people.add(keys[0]);
      for (int k = 0; k < keys.length; k++) {
        holders.computeIfAbsent(keys[k], any -> new RoaringBitmap()).add(ordinal);
        if (k > 0) {
          primaries.merge(keys[k], new long[] {keys[0]}, ExtractIndex::withDistinct);
        }
      }
    }
    KeyRows marks = fingerprint.canaries();
    canaryCounts[ordinal] = marks.size();
    for (int c = 0; c < marks.size(); c++) {
      long sighting = ((long) ordinal << 32) | c;
      for (long key : marks.row(c)) {
        canaries.merge(key, new long[] {sighting}, ExtractIndex::withDistinct);
      }
    }
    return ordinal;
  }

  public int extractCount() {
    return ids.size();
  }

  public String extractId(int ordinal) {
    return ids.get(ordinal);
  }

  /** How many real rows the extract had. */
  public int people(int ordinal) {
    return sizes[ordinal];
  }

  public int canaries(int ordinal) {
    return canaryCounts[ordinal];
  }

  /** Distinct people across every extract: the population a leak's rows are drawn from. */
  public int distinctPeople() {
    return people.size();
  }

  /**
   * Roughly what the index holds on the heap: the bitmaps' own bytes, and about 100 bytes for each
   * hash-map entry with its boxed key and bitmap or array object.
   */
  public long memoryBytes() {
    long bytes = 0;
    for (RoaringBitmap bitmap : holders.values()) {
      bytes += bitmap.getLongSizeInBytes() + 100;
    }
    for (long[] linked : primaries.values()) {
      bytes += 16L + 8L * linked.length + 64;
    }
    for (long[] sightings : canaries.values()) {
      bytes += 16L + 8L * sightings.length + 64;
    }
    return bytes + 64L * people.size() + 120L * ids.size();
  }

  @Nullable RoaringBitmap holders(long key) {
    return holders.get(key);
  }

  long[] primariesOf(long key) {
    return primaries.getOrDefault(key, NONE);
  }

  long[] canarySightings(long key) {
    return canaries.getOrDefault(key, NONE);
  }

  boolean knows(long key) {
    return holders.containsKey(key) || canaries.containsKey(key);
  }

  private static long[] withDistinct(long[] present, long[] added) {
    for (long value : present) {
      if (value == added[0]) {
        return present;
      }
    }
    long[] grown = Arrays.copyOf(present, present.length + 1);
    grown[present.length] = added[0];
    return grown;
  }
}
