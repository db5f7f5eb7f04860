package uk.warden.synth;

import java.util.SplittableRandom;
import org.roaringbitmap.RoaringBitmap;
import uk.warden.core.custody.PersonSet;

/** Draws exactly a given number of distinct people from a range of person indexes. */
final class PersonSampler {

  private PersonSampler() {}

  /**
   * Exactly {@code count} distinct people from {@code [from, to)}. Small samples are drawn up;
   * large ones start from everyone and drop people, so neither side retries much.
   */
  static PersonSet sample(int from, int to, int count, SplittableRandom random) {
    int population = to - from;
    if (count < 0 || count > population) {
      throw new IllegalArgumentException("cannot draw " + count + " people from " + population);
    }
    RoaringBitmap people;
    if (count <= population / 2) {
      people = new RoaringBitmap();
      while (people.getCardinality() < count) {
        int missing = count - people.getCardinality();
        int[] draw = new int[missing];
        for (int i = 0; i < missing; i++) {
          draw[i] = from + random.nextInt(population);
        }
        people.add(draw);
      }
    } else {
      people = RoaringBitmap.bitmapOfRange(from, to);
      while (people.getCardinality() > count) {
        people.remove(from + random.nextInt(population));
      }
    }
    people.runOptimize();
    return PersonSet.copyOf(people);
  }
}
