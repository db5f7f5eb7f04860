package uk.warden.core.trace;

/**
 * Where a row goes in an extract's keyed order: a 64-bit mix of the extract's secret salt and the
 * row's primary key. Sorting by it puts the same people in a different order in every extract, and
 * the tracer can recompute it for any candidate without storing a position per row.
 */
final class RowOrder {

  private RowOrder() {}

  static long position(long salt, long primaryKey) {
    // SplitMix64's finaliser: the key is already a keyed hash, so mixing in the salt suffices.
    long z = salt ^ (primaryKey * 0x9E3779B97F4A7C15L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
