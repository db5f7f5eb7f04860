package uk.warden.inspect.format.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.warden.inspect.content.FormatReader;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Limits;
import uk.warden.inspect.content.Location;
import uk.warden.inspect.content.RecordingSink;
import uk.warden.inspect.content.Source;
import uk.warden.inspect.corpus.Corpus;

/**
 * Real spreadsheets from other projects' test suites (the shared corpus, see its MANIFEST.tsv),
 * each with the codes the guard must report, read by the spreadsheet readers alone. Skipped when
 * the corpus is not here (failed instead when CI requires it).
 */
class CorpusSpreadsheetTests {

  private static final String POI = "apache+poi/test-data/spreadsheet/";

  static Stream<Corpus.Entry> spreadsheets() {
    List<Corpus.Entry> entries =
        Corpus.entries().stream()
            .filter(
                e -> {
                  String file = e.file().toLowerCase(Locale.ROOT);
                  return file.endsWith(".xlsx")
                      || file.endsWith(".xlsm")
                      || file.endsWith(".xls")
                      || file.endsWith(".ods");
                })
            .toList();
    return entries.isEmpty()
        ? Stream.of(new Corpus.Entry("(no corpus here)", java.util.Set.of(), false, ""))
        : entries.stream();
  }

  private static RecordingSink read(Path file) throws Exception {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    FormatReader reader =
        name.endsWith(".xls")
            ? new XlsReader()
            : name.endsWith(".ods") ? new OdsReader() : new XlsxReader();
    RecordingSink sink = new RecordingSink();
    reader.read(Source.of(file, Limits.defaults()), sink);
    return sink;
  }

  private static Path corpusFile(String name) {
    Corpus.requirePresent();
    return Corpus.dir().resolve(name);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("spreadsheets")
  void reportsTheCodesTheManifestExpects(Corpus.Entry entry) throws Exception {
    Corpus.requirePresent();

    RecordingSink sink = read(entry.path());

    assertThat(sink.codes()).extracting(HiddenContent::name).containsAll(entry.expected());
    assertThat(sink.structures).allSatisfy(s -> assertThat(s.detail()).isNotBlank());
  }

  @Test
  void findsTheHiddenSheetsAndLinkCachesOf46535() throws Exception {
    Path file = corpusFile(POI + "46535.xlsx");

    RecordingSink sink = read(file);

    assertThat(sink.structures(HiddenContent.HIDDEN_SHEET))
        .extracting(s -> s.location().part())
        .containsExactly("Map", "Others", "TDS");
    assertThat(sink.structures(HiddenContent.CACHED_DATA))
        .extracting(RecordingSink.Structure::location, RecordingSink.Structure::count)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                new Location(file.toString(), "xl/externalLinks/externalLink1.xml", null),
                11_011L));
    assertThat(sink.texts)
        .filteredOn(t -> t.hiddenBy() == HiddenContent.EXTERNAL_LINK)
        .anySatisfy(t -> assertThat(t.text()).contains("karenl"));
  }

  @Test
  void findsTheThirteenRowsHiddenInOutlineGroups() throws Exception {
    Path file = corpusFile(POI + "GroupTest.xlsx");

    RecordingSink sink = read(file);

    assertThat(sink.structures(HiddenContent.HIDDEN_ROWS))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.location().range()).isEqualTo("8:11,15:16,21:23,28:31");
              assertThat(s.count()).isEqualTo(13);
            });
  }

  @Test
  void keepsTheOldValueOfTheRevisionLog() throws Exception {
    Path file = corpusFile(POI + "workbookProtection_workbook_revision_protected.xlsx");

    RecordingSink sink = read(file);

    assertThat(sink.texts).extracting(RecordingSink.Text::text).contains("dfsafdskgn", "Riccardo");
  }
}
