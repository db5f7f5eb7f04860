package uk.warden.inspect.format.ooxml;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Real files from other projects' test suites (see the corpus README); tests that use them are
 * skipped where the folder is not mounted.
 */
public final class Corpus {

  private static final Path ROOT =
      Path.of(System.getProperty("warden.corpus", "/work/shared/corpus"));

  private Corpus() {}

  public static Path file(String relative) {
    Path file = ROOT.resolve(relative);
    assumeTrue(Files.isRegularFile(file), "corpus file not available: " + file);
    return file;
  }
}
