package uk.warden.inspect.corpus;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The shared corpus of real files with hidden content ({@code ../shared/corpus} beside the
 * checkout, or {@code -Dwarden.corpus.dir}). A user's own clone usually lacks it, so tests that
 * need it skip with a message; CI sets {@code -Dwarden.corpus.required=true} and they fail instead.
 */
public final class Corpus {

  /** One row of {@code MANIFEST.tsv}: a file and the codes the guard must report for it. */
  public record Entry(String file, Set<String> expected, boolean negativeControl, String note) {
    public Path path() {
      return dir().resolve(file);
    }

    @Override
    public String toString() {
      return file.substring(file.lastIndexOf('/') + 1);
    }
  }

  private Corpus() {}

  public static Path dir() {
    return Path.of(System.getProperty("warden.corpus.dir", "../../shared/corpus"));
  }

  /** Skips the test (or fails it in CI) when the corpus is not here. */
  public static void requirePresent() {
    boolean present = Files.isRegularFile(dir().resolve("MANIFEST.tsv"));
    if (!present && Boolean.getBoolean("warden.corpus.required")) {
      throw new AssertionError(
          "the shared corpus is required here but missing: " + dir().toAbsolutePath());
    }
    assumeTrue(present, "the shared corpus is not here (" + dir().toAbsolutePath() + "); skipped");
  }

  /** The manifest's rows; empty when the corpus is absent (the tests then skip). */
  public static List<Entry> entries() {
    Path manifest = dir().resolve("MANIFEST.tsv");
    if (!Files.isRegularFile(manifest)) {
      return List.of();
    }
    try {
      List<Entry> entries = new ArrayList<>();
      for (String line :
          Files.readAllLines(manifest).subList(1, Files.readAllLines(manifest).size())) {
        if (line.isBlank()) {
          continue;
        }
        String[] columns = line.split("\t", -1);
        String codes = columns[4].trim();
        boolean negative = codes.startsWith("(none");
        Set<String> expected = negative ? Set.of() : new TreeSet<>(Arrays.asList(codes.split(",")));
        entries.add(
            new Entry(columns[0], expected, negative, columns.length > 5 ? columns[5] : ""));
      }
      return entries;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
