package uk.warden.watch.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;

class ManifestFileTests {

  private static final String HASH_A =
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
  private static final String HASH_B =
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

  @TempDir Path folder;

  private final Manifest manifest =
      new Manifest(
          List.of(
              new ManifestEntry("cases/23-00001/interview.mp4", 1000, HASH_A),
              new ManifestEntry("cases/23-00001/odd\tname\nwith\\breaks.txt", 3, HASH_B),
              new ManifestEntry("readme.txt", 5, null)));

  @Test
  void writesAHeaderAndOneEscapedLinePerObject() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    ManifestFile.write(manifest, out);

    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "path\tsize\tsha256\n"
                + "cases/23-00001/interview.mp4\t1000\t"
                + HASH_A
                + "\n"
                + "cases/23-00001/odd\\tname\\nwith\\\\breaks.txt\t3\t"
                + HASH_B
                + "\n"
                + "readme.txt\t5\t\n");
  }

  @Test
  void roundTripsPlainAndGzipByTheFileName() throws Exception {
    Path plain = folder.resolve("before.tsv");
    Path gzip = folder.resolve("before.tsv.gz");

    ManifestFile.write(manifest, plain);
    ManifestFile.write(manifest, gzip);

    assertThat(ManifestFile.read(plain)).isEqualTo(manifest);
    assertThat(ManifestFile.read(gzip)).isEqualTo(manifest);
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gzip))) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).startsWith("path\tsize");
    }
    assertThat(Files.size(gzip)).isLessThan(Files.size(plain));
    try (var files = Files.list(folder)) {
      assertThat(files).hasSize(2);
    }
  }

  @Test
  void readsLinesInAnyOrderIntoPathOrderAndUpperCaseHashesInLowerCase() {
    Manifest read =
        read("path\tsize\tsha256\n" + "b.bin\t2\t" + HASH_A.toUpperCase() + "\n\n" + "a.bin\t1\n");

    assertThat(read.entries())
        .containsExactly(
            new ManifestEntry("a.bin", 1, null), new ManifestEntry("b.bin", 2, HASH_A));
  }

  @Test
  void everyBadLineIsReportedByLineAndFieldWithoutQuotingThePath() {
    String text =
        "path\tsize\tsha256\n"
            + "cases/jane-doe.mp4\t12\t"
            + HASH_A
            + "\n"
            + "cases/a.mp4\ttwelve\t\n"
            + "cases/b.mp4\t12\tnot-a-hash\n"
            + "cases/c.mp4\n"
            + "cases/bad\\escape.mp4\t1\t\n"
            + "\t1\t\n"
            + "cases/jane-doe.mp4\t12\t\n";

    assertThatThrownBy(() -> read(text))
        .isInstanceOfSatisfying(
            BadInputException.class,
            e -> {
              assertThat(e.problems())
                  .extracting(InputProblem::describe)
                  .containsExactly(
                      "before.tsv: line 3, field 'size': must be a whole number of bytes",
                      "before.tsv: line 4, field 'sha256': must be 64 hexadecimal digits, or empty"
                          + " when not known",
                      "before.tsv: line 5: expected path, size and sha256, separated by tabs",
                      "before.tsv: line 6, field 'path': a backslash must start \\\\, \\t, \\n or"
                          + " \\r (write a backslash as \\\\)",
                      "before.tsv: line 7, field 'path': is empty",
                      "before.tsv: line 8, field 'path': the same path is listed twice (first on"
                          + " line 2)");
              assertThat(e.getMessage()).doesNotContain("jane");
            });
  }

  @Test
  void aDuplicateFoundOnlyAfterSortingNamesBothLines() {
    String text = "path\tsize\tsha256\nb\t1\t\na\t1\t\nb\t2\t\n";

    assertThatThrownBy(() -> read(text))
        .isInstanceOf(BadInputException.class)
        .hasMessage(
            "before.tsv: line 4, field 'path': the same path is listed twice (first on line 2)");
  }

  @Test
  void aFileWithoutTheHeaderIsRefused() {
    assertThatThrownBy(() -> read("a.bin\t1\t\n"))
        .isInstanceOf(BadInputException.class)
        .hasMessage("before.tsv: line 1: expected the header 'path<TAB>size<TAB>sha256'");
    assertThatThrownBy(() -> read(""))
        .isInstanceOf(BadInputException.class)
        .hasMessage("before.tsv: is empty; expected the header 'path<TAB>size<TAB>sha256'");
  }

  @Test
  void brokenGzipAndNonUtf8AreRefused() {
    byte[] truncatedGzip = {0x1f, (byte) 0x8b, 8, 0, 0, 0};
    assertThatThrownBy(
            () -> ManifestFile.read("before.tsv.gz", new ByteArrayInputStream(truncatedGzip)))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("before.tsv.gz: ");
    byte[] latin1 =
        "path\tsize\tsha256\ncaf\u00e9.txt\t1\t\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> ManifestFile.read("before.tsv", new ByteArrayInputStream(latin1)))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("is not UTF-8 text");
  }

  @Test
  void aMissingFileIsBadInputNamingIt() {
    assertThatThrownBy(() -> ManifestFile.read(folder.resolve("nowhere.tsv")))
        .isInstanceOf(BadInputException.class)
        .hasMessage("nowhere.tsv: no such file");
  }

  @Test
  void stopsCollectingProblemsAfterAHundred() {
    StringBuilder text = new StringBuilder("path\tsize\tsha256\n");
    for (int i = 0; i < 500; i++) {
      text.append("f").append(i).append("\tx\t\n");
    }

    assertThatThrownBy(() -> read(text.toString()))
        .isInstanceOfSatisfying(
            BadInputException.class,
            e ->
                assertThat(e.problems().get(e.problems().size() - 1).describe())
                    .isEqualTo("before.tsv: line 102: reading stopped after 100 problems"));
  }

  private static Manifest read(String text) {
    return ManifestFile.read(
        "before.tsv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }
}
