package uk.warden.inspect.format.ooxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NumberRangesTests {

  @Test
  void runsAreJoined() {
    assertThat(NumberRanges.label("paragraph", List.of(4))).isEqualTo("paragraph 4");
    assertThat(NumberRanges.label("slide", List.of(9, 3, 4, 5))).isEqualTo("slides 3-5, 9");
  }

  @Test
  void aLongListIsCut() {
    List<Integer> odd = IntStream.range(0, 100).map(i -> 2 * i + 1).boxed().toList();
    assertThat(NumberRanges.compact(odd)).startsWith("1, 3, 5").endsWith("49, …");
  }
}
