package uk.warden.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ByteSizesTests {

  private final ByteSizes sizes = new ByteSizes();

  @Test
  void usesTheLargestDecimalUnitWithOneDecimal() {
    assertThat(sizes.describe(0)).isEqualTo("0 bytes");
    assertThat(sizes.describe(999)).isEqualTo("999 bytes");
    assertThat(sizes.describe(1_000)).isEqualTo("1.0 kB");
    assertThat(sizes.describe(23_108_423_000_000L)).isEqualTo("23.1 TB");
    assertThat(sizes.describe(999_960)).isEqualTo("1.0 MB");
    assertThat(sizes.describe(Long.MAX_VALUE)).isEqualTo("9.2 EB");
  }
}
