package uk.warden.inspect.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LongHashSetTests {

  @Test
  void holdsWhatAHashSetHoldsThroughGrowth() {
    SplittableRandom random = new SplittableRandom(7);
    LongHashSet set = new LongHashSet();
    Set<Long> expected = new HashSet<>();
    for (int i = 0; i < 50_000; i++) {
      // Small values repeat (duplicates), large ones spread over all 64 bits as hashes do.
      long value = random.nextBoolean() ? 1 + random.nextInt(5_000) : random.nextLong();
      if (value == 0) {
        continue;
      }
      assertThat(set.add(value)).isEqualTo(expected.add(value));
    }
    assertThat(set.size()).isEqualTo(expected.size());
    Set<Long> held = new HashSet<>();
    set.forEach(held::add);
    assertThat(held).isEqualTo(expected);
  }

  @Test
  void refusesZeroWhichMarksAnEmptySlot() {
    assertThatThrownBy(() -> new LongHashSet().add(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
