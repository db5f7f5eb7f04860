package uk.warden.core.custody;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;
import org.roaringbitmap.BatchIterator;
import org.roaringbitmap.FastAggregation;
import org.roaringbitmap.RoaringBitmap;

/**
 * An immutable set of people, as a compressed bitmap over the dense person index ({@code
 * Person.id}). Every person-level answer of the custody ledger and of breach scoping is one of
 * these: the bitmap keeps twenty million memberships in tens of megabytes and makes unions and
 * intersections cost a few nanoseconds per person.
 *
 * <p>The wrapped bitmap is never handed out, so a set cannot change after it is built.
 */
public final class PersonSet {

  private static final PersonSet EMPTY = new PersonSet(new RoaringBitmap());
  private static final int BATCH = 256;

  private final RoaringBitmap bitmap;

  /** Takes ownership: callers must not touch {@code bitmap} afterwards. */
  private PersonSet(RoaringBitmap bitmap) {
    this.bitmap = bitmap;
  }

  public static PersonSet empty() {
    return EMPTY;
  }

  public static PersonSet of(int... ids) {
    for (int id : ids) {
      requireIndex(id);
    }
    return owning(RoaringBitmap.bitmapOfUnordered(ids));
  }

  /** Everyone with an index in {@code [fromInclusive, toExclusive)}. */
  public static PersonSet range(int fromInclusive, int toExclusive) {
    requireIndex(fromInclusive);
    if (toExclusive < fromInclusive) {
      throw new IllegalArgumentException("range ends before it starts");
    }
    return owning(RoaringBitmap.bitmapOfRange(fromInclusive, toExclusive));
  }

  /** A copy of {@code bitmap}; later changes to it do not reach the set. */
  public static PersonSet copyOf(RoaringBitmap bitmap) {
    if (!bitmap.isEmpty() && bitmap.last() < 0) {
      throw new IllegalArgumentException("person indexes are never negative");
    }
    return owning(bitmap.clone());
  }

  /** Reads a set written by {@link #toBytes()}, as stored in a {@code bytea} column. */
  public static PersonSet fromBytes(byte[] bytes) {
    RoaringBitmap bitmap = new RoaringBitmap();
    try {
      bitmap.deserialize(ByteBuffer.wrap(bytes));
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("not a serialised person set: " + e.getMessage(), e);
    }
    // RoaringBitmap orders unsigned, so a negative int would be the last element.
    if (!bitmap.isEmpty() && bitmap.last() < 0) {
      throw new IllegalArgumentException("not a serialised person set: negative index");
    }
    return owning(bitmap);
  }

  public static PersonSet union(Collection<PersonSet> sets) {
    if (sets.isEmpty()) {
      return EMPTY;
    }
    if (sets.size() == 1) {
      return sets.iterator().next();
    }
    List<RoaringBitmap> bitmaps = new ArrayList<>(sets.size());
    for (PersonSet set : sets) {
      bitmaps.add(set.bitmap);
    }
    return owning(FastAggregation.or(bitmaps.iterator()));
  }

  /** Empty when {@code sets} is empty: there is no universe to start from. */
  public static PersonSet intersection(Collection<PersonSet> sets) {
    if (sets.isEmpty()) {
      return EMPTY;
    }
    List<RoaringBitmap> bitmaps = new ArrayList<>(sets.size());
    for (PersonSet set : sets) {
      bitmaps.add(set.bitmap);
    }
    return owning(FastAggregation.and(bitmaps.iterator()));
  }

  public static Builder builder() {
    return new Builder();
  }

  static PersonSet owning(RoaringBitmap bitmap) {
    return bitmap.isEmpty() ? EMPTY : new PersonSet(bitmap);
  }

  /** For set algebra inside this package only; never modified. */
  RoaringBitmap bitmap() {
    return bitmap;
  }

  public int size() {
    return bitmap.getCardinality();
  }

  public boolean isEmpty() {
    return bitmap.isEmpty();
  }

  public boolean contains(int id) {
    return bitmap.contains(id);
  }

  public PersonSet and(PersonSet other) {
    return owning(RoaringBitmap.and(bitmap, other.bitmap));
  }

  public PersonSet or(PersonSet other) {
    if (other.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    return owning(RoaringBitmap.or(bitmap, other.bitmap));
  }

  public PersonSet andNot(PersonSet other) {
    if (other.isEmpty() || isEmpty()) {
      return this;
    }
    return owning(RoaringBitmap.andNot(bitmap, other.bitmap));
  }

  public boolean intersects(PersonSet other) {
    return RoaringBitmap.intersects(bitmap, other.bitmap);
  }

  /** {@code and(other).size()} without building the intersection. */
  public int andCardinality(PersonSet other) {
    return RoaringBitmap.andCardinality(bitmap, other.bitmap);
  }

  /** {@code andNot(other).size()} without building the difference. */
  public int andNotCardinality(PersonSet other) {
    return RoaringBitmap.andNotCardinality(bitmap, other.bitmap);
  }

  public boolean containsAll(PersonSet other) {
    return other.bitmap.isEmpty() || RoaringBitmap.andNotCardinality(other.bitmap, bitmap) == 0;
  }

  /** Visits each person index in ascending order; the fast way to count over attribute arrays. */
  public void forEach(IntConsumer action) {
    bitmap.forEach((int id) -> action.accept(id));
  }

  /**
   * Visits person indexes in ascending order a batch at a time, into a reused buffer: several times
   * faster than {@link #forEach} for counting over attribute arrays.
   */
  public void forEachBatch(BatchConsumer consumer) {
    int[] buffer = new int[BATCH];
    BatchIterator batches = bitmap.getBatchIterator();
    while (batches.hasNext()) {
      int count = batches.nextBatch(buffer);
      if (count > 0) {
        consumer.accept(buffer, count);
      }
    }
  }

  /** Receives {@code count} person indexes at the start of {@code ids}, valid during the call. */
  @FunctionalInterface
  public interface BatchConsumer {
    void accept(int[] ids, int count);
  }

  public int[] toArray() {
    return bitmap.toArray();
  }

  /** A mutable copy for callers that need RoaringBitmap operations this class does not offer. */
  public RoaringBitmap toBitmap() {
    return bitmap.clone();
  }

  /** The portable RoaringBitmap format, run-compressed: what the store keeps. */
  public byte[] toBytes() {
    RoaringBitmap compact = bitmap.clone();
    compact.runOptimize();
    ByteBuffer buffer = ByteBuffer.allocate(compact.serializedSizeInBytes());
    compact.serialize(buffer);
    return buffer.array();
  }

  /** Bytes held by the bitmap in memory, to size the index. */
  public long sizeInBytes() {
    return bitmap.getLongSizeInBytes();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof PersonSet set && bitmap.equals(set.bitmap);
  }

  /**
   * From the content only: RoaringBitmap's own hash depends on how containers are encoded (array or
   * run), so two equal sets could hash apart.
   */
  @Override
  public int hashCode() {
    if (bitmap.isEmpty()) {
      return 0;
    }
    return (31 * bitmap.getCardinality() + bitmap.first()) * 31 + bitmap.last();
  }

  /** A count only: indexes identify people, and sets end up in logs. */
  @Override
  public String toString() {
    return "PersonSet[" + size() + " people]";
  }

  private static void requireIndex(int id) {
    if (id < 0) {
      throw new IllegalArgumentException("person indexes are never negative");
    }
  }

  /** Collects people one by one or set by set, then freezes; the builder is spent after build. */
  public static final class Builder {

    private @Nullable RoaringBitmap bitmap = new RoaringBitmap();

    private Builder() {}

    public Builder add(int id) {
      requireIndex(id);
      open().add(id);
      return this;
    }

    public Builder addAll(PersonSet set) {
      open().or(set.bitmap);
      return this;
    }

    public PersonSet build() {
      RoaringBitmap built = open();
      bitmap = null;
      built.runOptimize();
      return owning(built);
    }

    private RoaringBitmap open() {
      if (bitmap == null) {
        throw new IllegalStateException("person set builder already built");
      }
      return bitmap;
    }
  }
}
