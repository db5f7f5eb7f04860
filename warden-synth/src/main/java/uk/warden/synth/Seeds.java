package uk.warden.synth;

import java.util.SplittableRandom;

/** Derives independent random streams from the spec's seed. */
final class Seeds {

  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private Seeds() {}

  /** The SplitMix64 finaliser: spreads nearby inputs over the whole 64-bit range. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A seed for one purpose (pools, chief officers, pay numbers...), independent of the others. */
  static long derive(long seed, String purpose) {
    return mix(mix(seed) ^ mix(purpose.hashCode() * GOLDEN_GAMMA));
  }

  /**
   * The random stream of one person. Each person has their own stream so that a person's posting
   * can be replayed without generating everyone before them: the census pass draws postings only,
   * and the people pass draws the same postings and then the details.
   */
  static SplittableRandom forPerson(long seed, int index) {
    return new SplittableRandom(mix(derive(seed, "person") + (index + 1L) * GOLDEN_GAMMA));
  }
}
