package uk.warden.inspect.format.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The small notations the readers parse: number formats, headers, formulas, A1, colours. */
class SheetNotationTests {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        ";;;| true| true",
        ";;| true| false",
        "\"\";\"\";\"\"| true| false",
        ";;;@| true| false",
        "0;-0;;@| false| false",
        "General| false| false",
        "[Red];[Blue];;| true| true",
        "\" \";\" \";\" \";\" \"| true| true",
        "#,##0;;| false| false"
      })
  void tellsEmptyNumberFormats(String code, boolean numbers, boolean text) {
    assertThat(NumberFormatSections.hidesNumbers(code)).as("numbers").isEqualTo(numbers);
    assertThat(NumberFormatSections.hidesText(code)).as("text").isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "&LPrepared by DS Khan&RPage &P of &N| Prepared by DS Khan Page of",
        "&\"Arial,Bold\"&14Restricted| Restricted",
        "&KFF0000Red text&K000000| Red text",
        "Fish && chips| Fish & chips",
        "&D &T &F &A &Z| ''"
      })
  void takesTheLiteralTextOfAHeader(String raw, String literal) {
    assertThat(HeaderFooterText.literal(raw)).isEqualTo(literal);
  }

  @Test
  void ignoresPageNumberBoilerplate() {
    assertThat(HeaderFooterText.boilerplate("Page of")).isTrue();
    assertThat(HeaderFooterText.boilerplate("Sheet")).isTrue();
    assertThat(HeaderFooterText.boilerplate("Call 0800 123 456")).isFalse();
    assertThat(HeaderFooterText.boilerplate("Page of - DS Khan")).isFalse();
  }

  @Test
  void findsSheetReferencesInFormulas() {
    assertThat(FormulaRefs.find("SUM(Staff!$A$2:$A$9)+'Pay 2024'!B3"))
        .containsExactly(
            new FormulaRefs.Ref(null, "Staff", "$A$2:$A$9"),
            new FormulaRefs.Ref(null, "Pay 2024", "B3"));
    assertThat(FormulaRefs.find("\"Staff!A1\"&Table1[Name]")).isEmpty();
    assertThat(FormulaRefs.reachesOutside("SUM('[link-external-workbook-a.xlsx]Sheet0'!A1:B1)"))
        .isTrue();
    assertThat(FormulaRefs.reachesOutside("[1]Staff!A1*2")).isTrue();
    assertThat(FormulaRefs.reachesOutside("cmd|'/c calc'!A0")).isTrue();
    assertThat(FormulaRefs.reachesOutside("SUM(Staff!A1:A9)&\"a|b\"")).isFalse();
    assertThat(FormulaRefs.reachesOutside("Table1[[#This Row],[Pay]]")).isFalse();
  }

  @Test
  void readsAndWritesA1() {
    assertThat(A1.parseCell("XFD1048576")).containsExactly(1_048_575, 16_383);
    assertThat(A1.parseCell("$B$12")).containsExactly(11, 1);
    assertThat(A1.parseCell("XFE1")).isNull();
    assertThat(A1.parseCell("A0")).isNull();
    assertThat(A1.parseArea("$C:$D")).containsExactly(0, 2, A1.MAX_ROWS - 1, 3);
    assertThat(A1.parseArea("5:9")).containsExactly(4, 0, 8, A1.MAX_COLUMNS - 1);
    assertThat(A1.column(27)).isEqualTo("AB");
    BitSet rows = new BitSet();
    rows.set(4, 9);
    rows.set(11);
    assertThat(A1.rowRuns(rows)).isEqualTo("5:9,12:12");
    BitSet many = new BitSet();
    for (int i = 0; i < 60; i += 2) {
      many.set(i);
    }
    assertThat(A1.rowRuns(many)).isEqualTo("1:59 (30 runs)");
  }

  @Test
  void judgesContrastAndTint() {
    assertThat(Colours.indistinguishable(0xFFFFFF, 0xFFFFFF)).isTrue();
    assertThat(Colours.indistinguishable(0xF2F2F2, 0xFFFFFF)).isTrue();
    assertThat(Colours.indistinguishable(0xFFFFFF, 0x000080)).isFalse();
    assertThat(Colours.indistinguishable(0x808080, 0xFFFFFF)).isFalse();
    assertThat(Colours.tint(0xFFFFFF, -0.05)).isEqualTo(0xF2F2F2);
    assertThat(Colours.tint(0x000000, 0.5)).isEqualTo(0x808080);
  }

  @Test
  void padsIdentifiersLikeExcel() {
    assertThat(CellText.padded(9_434_765_919d, "9434765919", "000 000 0000"))
        .isEqualTo("943 476 5919");
    assertThat(CellText.padded(7_700_900_123d, "7700900123", "00000000000"))
        .isEqualTo("07700900123");
    assertThat(CellText.padded(123_456d, "123456", "00-00-00")).isEqualTo("12-34-56");
    assertThat(CellText.padded(1.5, "1.5", "0000")).isEqualTo("1.5");
    assertThat(CellText.paddedIdentifier("#,##0.00")).isFalse();
  }

  @Test
  void turnsOpenDocumentAddressesIntoExcelOnes() {
    assertThat(OdsContent.excelAddress("$Staff.$A$1:.$D$9501")).isEqualTo("'Staff'!$A$1:$D$9501");
    assertThat(OdsContent.excelAddress("$'Pay 2024'.$B$3")).isEqualTo("'Pay 2024'!$B$3");
  }
}
