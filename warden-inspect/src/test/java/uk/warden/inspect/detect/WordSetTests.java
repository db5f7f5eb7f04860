package uk.warden.inspect.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordSetTests {

  @Test
  void looksUpRegionsIgnoringCase() {
    WordSet words = WordSet.of("Sergeant", "pc", "Zoë");
    assertThat(words.contains("xx SERGEANT yy", 3, 11)).isTrue();
    assertThat(words.contains("PC")).isTrue();
    assertThat(words.contains("ZOË")).isTrue();
    assertThat(words.contains("pcs")).isFalse();
    assertThat(words.contains("p")).isFalse();
    assertThat(words.contains("abc", 2, 1)).isFalse();
    assertThat(words.size()).isEqualTo(3);
  }

  @Test
  void combines() {
    WordSet both = WordSet.of("a", "b").plus(WordSet.of("B", "c"));
    assertThat(both.size()).isEqualTo(3);
    assertThat(both.words()).containsExactlyInAnyOrder("a", "b", "c");
  }
}
