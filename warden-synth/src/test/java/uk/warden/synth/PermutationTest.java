package uk.warden.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.BitSet;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PermutationTest {

  @Test
  void mapsEveryValueToADistinctValueInRange() {
    for (long size : new long[] {1, 2, 3, 7, 1_000, 65_537, 900_000}) {
      Permutation permutation = new Permutation(size, 42);
      BitSet seen = new BitSet((int) size);
      for (long value = 0; value < size; value++) {
        long mapped = permutation.apply(value);
        assertThat(mapped).isBetween(0L, size - 1);
        assertThat(seen.get((int) mapped)).as("%d maps onto a taken value", value).isFalse();
        seen.set((int) mapped);
      }
    }
  }

  @Test
  void differentKeysGiveDifferentOrders() {
    Permutation one = new Permutation(1_000_000, 1);
    Permutation two = new Permutation(1_000_000, 2);
    int same = 0;
    for (int value = 0; value < 1_000; value++) {
      if (one.apply(value) == two.apply(value)) {
        same++;
      }
    }
    assertThat(same).isLessThan(5);
  }

  @Test
  void rejectsValuesOutsideTheRange() {
    assertThatThrownBy(() -> new Permutation(10, 1).apply(10))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void weightedChoiceNeverDrawsAZeroWeight() {
    WeightedChoice choice = new WeightedChoice(0, 1, 0, 0, 3, 0);
    SplittableRandom rng = new SplittableRandom(1);
    int[] drawn = new int[6];
    for (int i = 0; i < 40_000; i++) {
      drawn[choice.draw(rng)]++;
    }
    assertThat(drawn[0] + drawn[2] + drawn[3] + drawn[5]).isZero();
    assertThat((double) drawn[4] / drawn[1]).isBetween(2.7, 3.3);
  }
}
