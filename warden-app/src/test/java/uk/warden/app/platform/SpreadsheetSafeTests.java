package uk.warden.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetSafeTests {

  @Test
  void prefixesEveryFormulaTrigger() {
    for (String cell : new String[] {"=1+1", "+44 20", "-2", "@SUM(A1)", "\tx", "\rx", "\uFF1D1"}) {
      assertThat(SpreadsheetSafe.cell(cell)).isEqualTo("'" + cell);
    }
  }

  @Test
  void leavesOrdinaryTextAlone() {
    for (String cell : new String[] {"", "Okafor", "O'Neill", "Band C", "a=b", "MP-1"}) {
      assertThat(SpreadsheetSafe.cell(cell)).isEqualTo(cell);
    }
  }
}
