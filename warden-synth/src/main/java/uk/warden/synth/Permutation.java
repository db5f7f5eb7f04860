package uk.warden.synth;

/**
 * A keyed bijection on {@code [0, size)}: a four-round Feistel network over the smallest even power
 * of two that covers the range, walking the cycle until the value falls inside it. Issuing numbers
 * as {@code permute(index)} makes them unique without remembering which were used, and opaque:
 * neighbours in the register do not get neighbouring numbers.
 */
final class Permutation {

  private static final int ROUNDS = 4;

  private final long size;
  private final int halfBits;
  private final long halfMask;
  private final long key;

  Permutation(long size, long key) {
    if (size < 1 || size > (1L << 62)) {
      throw new IllegalArgumentException("permutation size out of range: " + size);
    }
    int bits = Math.max(2, 64 - Long.numberOfLeadingZeros(size - 1));
    this.size = size;
    this.halfBits = (bits + 1) / 2;
    this.halfMask = (1L << halfBits) - 1;
    this.key = key;
  }

  long size() {
    return size;
  }

  long apply(long value) {
    if (value < 0 || value >= size) {
      throw new IllegalArgumentException(value + " is outside [0, " + size + ")");
    }
    long result = value;
    do {
      result = encrypt(result);
    } while (result >= size);
    return result;
  }

  private long encrypt(long value) {
    long left = value >>> halfBits;
    long right = value & halfMask;
    for (int round = 0; round < ROUNDS; round++) {
      long next = left ^ (Seeds.mix(key + round * 0x632BE59BD9B4E019L + right) & halfMask);
      left = right;
      right = next;
    }
    return (left << halfBits) | right;
  }
}
