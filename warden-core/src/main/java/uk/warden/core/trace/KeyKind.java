package uk.warden.core.trace;

/**
 * What a person key was made from, kept in the low two bits of the key itself. The rank decides a
 * row's primary key (the one its place in the keyed order is computed from): a pay number beats
 * another identifier, which beats a name, because names are shared and retyped most.
 */
enum KeyKind {
  NAME(1),
  IDENTIFIER(2),
  PAY_NUMBER(3);

  private static final long BITS = 3L;

  private final int rank;

  KeyKind(int rank) {
    this.rank = rank;
  }

  long tag(long hash) {
    return (hash & ~BITS) | rank;
  }

  static int rankOf(long key) {
    return (int) (key & BITS);
  }

  /** True when {@code a} should be a row's primary key rather than {@code b}. */
  static boolean outranks(long a, long b) {
    int byRank = Integer.compare(rankOf(a), rankOf(b));
    return byRank > 0 || (byRank == 0 && Long.compareUnsigned(a, b) < 0);
  }
}
