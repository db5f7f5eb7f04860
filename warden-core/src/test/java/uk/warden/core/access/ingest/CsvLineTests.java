package uk.warden.core.access.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvLineTests {

  private static List<String> split(String line, char delimiter) {
    List<String> cells = new ArrayList<>();
    CsvLine.split(line, delimiter, cells);
    return cells;
  }

  @Test
  void splitsQuotedAndPlainCells() {
    assertThat(split("a,\"b,c\",\"d \"\"e\"\"\",,f", ','))
        .containsExactly("a", "b,c", "d \"e\"", "", "f");
    assertThat(split("a;b;", ';')).containsExactly("a", "b", "");
    assertThat(split("", ',')).containsExactly("");
    assertThat(split("\"\"", ',')).containsExactly("");
  }

  @Test
  void refusesBrokenQuoting() {
    assertThatThrownBy(() -> split("a,\"b", ','))
        .isInstanceOf(LineError.class)
        .hasMessageContaining("column 2 is never closed");
    assertThatThrownBy(() -> split("\"a\"b,c", ','))
        .isInstanceOf(LineError.class)
        .hasMessageContaining("text follows the closing quote in column 1");
    assertThatThrownBy(() -> split("a,b\"c", ','))
        .isInstanceOf(LineError.class)
        .hasMessageContaining("quote inside an unquoted value in column 2");
  }

  @Test
  void sniffsTheDelimiterFromTheHeader() {
    assertThat(CsvLine.delimiter("at,principal,system")).isEqualTo(',');
    assertThat(CsvLine.delimiter("at;principal;\"a,b\"")).isEqualTo(';');
    assertThat(CsvLine.delimiter("at\tprincipal\tsystem")).isEqualTo('\t');
    assertThat(CsvLine.delimiter("at")).isEqualTo(',');
  }
}
