package uk.warden.inspect.format.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Limits;
import uk.warden.inspect.content.Location;
import uk.warden.inspect.content.RecordingSink;
import uk.warden.inspect.content.RecordingSink.Cell;
import uk.warden.inspect.content.RecordingSink.Structure;
import uk.warden.inspect.content.RecordingSink.Text;
import uk.warden.inspect.content.Source;
import uk.warden.inspect.content.UnreadableException;

/** OpenDocument spreadsheets, written by hand, read back. */
class OdsReaderTests {

  private static final String FILE = "test.ods";

  private static final String STYLES =
      "<style:style style:name=\"ta1\" style:family=\"table\"><style:table-properties table:display=\"true\"/></style:style>"
          + "<style:style style:name=\"ta2\" style:family=\"table\"><style:table-properties table:display=\"false\"/></style:style>"
          + "<style:style style:name=\"white\" style:family=\"table-cell\" style:parent-style-name=\"Default\"><style:text-properties fo:color=\"#ffffff\"/></style:style>"
          + "<style:style style:name=\"whiteOnNavy\" style:family=\"table-cell\"><style:table-cell-properties fo:background-color=\"#000080\"/><style:text-properties fo:color=\"#ffffff\"/></style:style>"
          + "<style:style style:name=\"tiny\" style:family=\"table-cell\"><style:text-properties fo:font-size=\"1pt\"/></style:style>";

  private static RecordingSink read(byte[] bytes) throws UnreadableException {
    RecordingSink sink = new RecordingSink();
    new OdsReader().read(Source.of(FILE, bytes, Limits.defaults()), sink);
    return sink;
  }

  private static String cell(String text) {
    return "<table:table-cell office:value-type=\"string\"><text:p>"
        + text
        + "</text:p></table:table-cell>";
  }

  @Test
  void reportsHiddenTablesRowsColumnsAndFilteredRows() throws Exception {
    String visible =
        "<table:table table:name=\"Summary\" table:style-name=\"ta1\">"
            + "<table:table-column table:number-columns-repeated=\"2\"/>"
            + "<table:table-column table:visibility=\"collapse\"/>"
            + "<table:table-row>"
            + cell("Name")
            + cell("Rank")
            + cell("Pay no")
            + "</table:table-row>"
            + "<table:table-row table:visibility=\"collapse\">"
            + cell("Hidden Person")
            + cell("PC")
            + cell("123")
            + "</table:table-row>"
            + "<table:table-row table:visibility=\"filter\" table:number-rows-repeated=\"2\">"
            + cell("Filtered")
            + "</table:table-row>"
            + "<table:table-row>"
            + cell("Shown")
            + "<table:table-cell table:number-columns-repeated=\"16380\"/></table:table-row>"
            + "<table:table-row table:number-rows-repeated=\"1048570\"><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>"
            + "</table:table>";
    String hidden =
        "<table:table table:name=\"Staff\" table:style-name=\"ta2\"><table:table-row>"
            + cell("Surname")
            + cell("Forename")
            + "</table:table-row><table:table-row>"
            + cell("Quinn")
            + cell("Aoife")
            + "</table:table-row></table:table>";
    byte[] file = OdsFiles.spreadsheet(STYLES, visible + hidden).bytes();

    RecordingSink sink = read(file);

    assertThat(sink.structures)
        .extracting(Structure::code, Structure::location, Structure::count)
        .containsExactlyInAnyOrder(
            tuple(HiddenContent.HIDDEN_ROWS, new Location(FILE, "Summary", "2:2"), 1L),
            tuple(HiddenContent.FILTERED_ROWS, new Location(FILE, "Summary", "3:4"), 2L),
            tuple(HiddenContent.HIDDEN_COLUMNS, new Location(FILE, "Summary", "C:C"), 1L),
            tuple(HiddenContent.HIDDEN_SHEET, new Location(FILE, "Staff", "A1:B2"), 2L));
    assertThat(XlsxHiddenCellsTests.table(sink, "Summary").cells())
        .containsExactly(
            new Cell(0, 0, "Name", null),
            new Cell(0, 1, "Rank", null),
            new Cell(0, 2, "Pay no", HiddenContent.HIDDEN_COLUMNS),
            new Cell(1, 0, "Hidden Person", HiddenContent.HIDDEN_ROWS),
            new Cell(1, 1, "PC", HiddenContent.HIDDEN_ROWS),
            new Cell(1, 2, "123", HiddenContent.HIDDEN_ROWS),
            new Cell(2, 0, "Filtered", HiddenContent.FILTERED_ROWS),
            new Cell(3, 0, "Filtered", HiddenContent.FILTERED_ROWS),
            new Cell(4, 0, "Shown", null));
    assertThat(XlsxHiddenCellsTests.table(sink, "Staff").cells())
        .allMatch(c -> c.hiddenBy() == HiddenContent.HIDDEN_SHEET)
        .contains(new Cell(1, 0, "Quinn", HiddenContent.HIDDEN_SHEET));
  }

  @Test
  void findsInvisibleCellsAndValuesUnderMerges() throws Exception {
    String table =
        "<table:table table:name=\"Data\"><table:table-row>"
            + "<table:table-cell table:style-name=\"white\" office:value-type=\"string\"><text:p>white on white</text:p></table:table-cell>"
            + "<table:table-cell table:style-name=\"whiteOnNavy\" office:value-type=\"string\"><text:p>white on navy</text:p></table:table-cell>"
            + "<table:table-cell table:style-name=\"tiny\" office:value-type=\"string\"><text:p>tiny</text:p></table:table-cell>"
            + "<table:table-cell office:value-type=\"float\" office:value=\"52000\"><text:p></text:p></table:table-cell>"
            + "<table:table-cell table:number-columns-spanned=\"2\" office:value-type=\"string\"><text:p>Title</text:p></table:table-cell>"
            + "<table:covered-table-cell office:value-type=\"string\"><text:p>under the merge</text:p></table:covered-table-cell>"
            + "</table:table-row></table:table>";
    byte[] file = OdsFiles.spreadsheet(STYLES, table).bytes();

    RecordingSink sink = read(file);

    assertThat(sink.structures(HiddenContent.INVISIBLE_CELLS))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.location()).isEqualTo(new Location(FILE, "Data", "A1,C1,D1,F1"));
              assertThat(s.count()).isEqualTo(4);
            });
    assertThat(XlsxHiddenCellsTests.table(sink, "Data").cells())
        .extracting(Cell::value, Cell::hiddenBy)
        .containsExactly(
            tuple("white on white", HiddenContent.INVISIBLE_CELLS),
            tuple("white on navy", null),
            tuple("tiny", HiddenContent.INVISIBLE_CELLS),
            tuple("52000", HiddenContent.INVISIBLE_CELLS),
            tuple("Title", null),
            tuple("under the merge", HiddenContent.INVISIBLE_CELLS));
  }

  @Test
  void reportsAnnotationsPropertiesHeadersNamesAndLinks() throws Exception {
    String table =
        "<table:table table:name=\"Log\"><table:table-row>"
            + "<table:table-cell office:value-type=\"string\"><text:p>entry</text:p>"
            + "<office:annotation><dc:creator>Sgt Pat Kelly</dc:creator><dc:date>2024-01-01</dc:date><text:p>Ring the victim, Ms Dunn</text:p></office:annotation></table:table-cell>"
            + "<table:table-cell office:value-type=\"string\"><text:p><text:a xlink:href=\"file:///S:/Intel/source%20list.xlsx\">sources</text:a></text:p></table:table-cell>"
            + "<table:table-cell office:value-type=\"date\" office:date-value=\"1979-06-30\"><text:p>30/06/79</text:p></table:table-cell>"
            + "</table:table-row></table:table>"
            + "<table:table table:name=\"Old\" table:style-name=\"ta2\"><table:table-row>"
            + cell("x")
            + "</table:table-row></table:table>"
            + "<table:named-expressions><table:named-range table:name=\"OldList\" table:base-cell-address=\"$Old.$A$1\" table:cell-range-address=\"$Old.$A$1:.$A$9\"/></table:named-expressions>";
    String meta =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-meta"
            + OdsFiles.NAMESPACES
            + "><office:meta>"
            + "<meta:initial-creator>Joanne Price</meta:initial-creator><dc:creator>jprice</dc:creator>"
            + "<meta:generator>LibreOffice/7.6</meta:generator><meta:user-defined meta:name=\"Case\">Op Larch</meta:user-defined>"
            + "</office:meta></office:document-meta>";
    byte[] file =
        OdsFiles.spreadsheet(STYLES, table)
            .part("meta.xml", meta)
            .part(
                "styles.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-styles"
                    + OdsFiles.NAMESPACES
                    + "><office:master-styles>"
                    + "<style:master-page style:name=\"Default\"><style:header><text:p>Restricted: prepared by DC Webb</text:p></style:header>"
                    + "<style:footer><text:p>Page <text:page-number>1</text:page-number></text:p></style:footer></style:master-page>"
                    + "</office:master-styles></office:document-styles>")
            .bytes();

    RecordingSink sink = read(file);

    assertThat(sink.structures)
        .extracting(Structure::code, Structure::location, Structure::count)
        .contains(
            tuple(HiddenContent.COMMENTS, new Location(FILE, "Log", "A1"), 1L),
            tuple(HiddenContent.EXTERNAL_LINK, new Location(FILE, "Log", "B1"), 1L),
            tuple(HiddenContent.DEFINED_NAME, new Location(FILE, "Old", "A1:A9"), 1L),
            tuple(HiddenContent.DOCUMENT_PROPERTIES, new Location(FILE, "meta.xml", null), 3L),
            tuple(HiddenContent.HEADER_FOOTER, new Location(FILE, "styles.xml", "Default"), 1L));
    assertThat(sink.texts)
        .extracting(Text::hiddenBy, Text::text)
        .contains(
            tuple(HiddenContent.COMMENTS, "Ring the victim, Ms Dunn"),
            tuple(HiddenContent.COMMENTS, "Sgt Pat Kelly"),
            tuple(HiddenContent.EXTERNAL_LINK, "file:///S:/Intel/source list.xlsx"),
            tuple(HiddenContent.DOCUMENT_PROPERTIES, "Joanne Price"),
            tuple(HiddenContent.DOCUMENT_PROPERTIES, "Case: Op Larch"),
            tuple(HiddenContent.HEADER_FOOTER, "Restricted: prepared by DC Webb"));
    assertThat(XlsxHiddenCellsTests.table(sink, "Log").cells())
        .extracting(Cell::value)
        .containsExactly("entry", "sources", "1979-06-30");
    assertThat(sink.structures)
        .allSatisfy(s -> assertThat(s.detail()).doesNotContain("Kelly", "Price", "Webb"));
  }

  @Test
  void aCleanSpreadsheetHasNoFindings() throws Exception {
    String table =
        "<table:table table:name=\"Headcount\" table:style-name=\"ta1\"><table:table-row>"
            + cell("Rank")
            + cell("Count")
            + "</table:table-row><table:table-row>"
            + cell("Sergeant")
            + "<table:table-cell office:value-type=\"float\" office:value=\"120\"><text:p>120</text:p></table:table-cell>"
            + "</table:table-row></table:table>";
    RecordingSink sink = read(OdsFiles.spreadsheet(STYLES, table).bytes());

    assertThat(sink.structures).isEmpty();
    assertThat(XlsxHiddenCellsTests.table(sink, "Headcount").cells())
        .hasSize(4)
        .allMatch(c -> c.hiddenBy() == null);
  }

  @Test
  void reportsAnEncryptedSpreadsheetAsUninspectable() throws Exception {
    byte[] file =
        OdsFiles.spreadsheet("", "")
            .manifestEntry(
                "<manifest:file-entry manifest:full-path=\"secret.xml\" manifest:media-type=\"text/xml\"><manifest:encryption-data manifest:checksum-type=\"SHA1/1K\"/></manifest:file-entry>")
            .bytes();

    assertThat(read(file).codes()).containsExactly(HiddenContent.UNINSPECTABLE);
  }

  @Test
  void reportsMacros() throws Exception {
    byte[] file =
        OdsFiles.spreadsheet("", "<table:table table:name=\"S\"/>")
            .part(
                "Basic/Standard/Module1.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><script:module xmlns:script=\"http://openoffice.org/2000/script\" script:name=\"Module1\">Sub Main\nEnd Sub</script:module>")
            .bytes();

    RecordingSink sink = read(file);

    assertThat(sink.structures(HiddenContent.MACROS))
        .singleElement()
        .satisfies(s -> assertThat(s.count()).isEqualTo(1));
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void refusesHostileAndBrokenFiles() throws Exception {
    byte[] file = OdsFiles.spreadsheet("", "<table:table table:name=\"S\"/>").bytes();
    byte[] truncated = Arrays.copyOf(file, file.length - 30);
    byte[] entity =
        OdsFiles.spreadsheet("", "")
            .part(
                "content.xml",
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]><office:document-content"
                    + OdsFiles.NAMESPACES
                    + ">&b;</office:document-content>")
            .bytes();
    String huge =
        "<table:table table:name=\"S\"><table:table-row table:number-rows-repeated=\"1000000\">"
            + "<table:table-cell table:number-columns-repeated=\"1000\" office:value-type=\"string\"><text:p>x</text:p></table:table-cell></table:table-row></table:table>";
    byte[] bomb = OdsFiles.spreadsheet("", huge).bytes();

    assertThatThrownBy(() -> read(truncated))
        .isInstanceOf(UnreadableException.class)
        .hasMessageContaining("truncated");
    assertThatThrownBy(() -> read(entity))
        .isInstanceOf(UnreadableException.class)
        .hasMessageContaining("DTD");
    assertThatThrownBy(() -> read(bomb))
        .isInstanceOf(UnreadableException.class)
        .hasMessageContaining("cells");
  }
}
