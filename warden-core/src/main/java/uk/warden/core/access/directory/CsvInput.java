package uk.warden.core.access.directory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One directory file to read: the name problems give it (never its contents) and how to open it.
 * The reader opens, reads and closes it once.
 */
public record CsvInput(String name, CsvInput.Opener opener) {

  /** Opens the file's bytes; the reader closes the stream. */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;
  }

  public CsvInput {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(opener, "opener");
  }

  /** A file on disk, named in problems by its file name alone. */
  public static CsvInput of(Path file) {
    return new CsvInput(String.valueOf(file.getFileName()), () -> Files.newInputStream(file));
  }

  /** UTF-8 text already in memory. */
  public static CsvInput of(String name, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return new CsvInput(name, () -> new ByteArrayInputStream(bytes));
  }
}
