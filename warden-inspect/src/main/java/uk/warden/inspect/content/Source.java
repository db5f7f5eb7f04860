package uk.warden.inspect.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * A file to read: its name for locations, its bytes on disk or in memory (attachments), and the
 * limits every reader must respect. Readers open the content as often as they need.
 */
public final class Source {

  private final String name;
  private final @Nullable Path path;
  private final byte @Nullable [] bytes;
  private final Limits limits;

  private Source(String name, @Nullable Path path, byte @Nullable [] bytes, Limits limits) {
    this.name = name;
    this.path = path;
    this.bytes = bytes;
    this.limits = limits;
  }

  public static Source of(Path path, Limits limits) {
    return new Source(path.toString(), path, null, limits);
  }

  /** A file on disk shown under another name (an upload spooled to a temp file). */
  public static Source of(String name, Path path, Limits limits) {
    return new Source(name, path, null, limits);
  }

  public static Source of(String name, byte[] bytes, Limits limits) {
    return new Source(name, null, bytes, limits);
  }

  public String name() {
    return name;
  }

  public Limits limits() {
    return limits;
  }

  public Location location() {
    return Location.of(name);
  }

  /** The file on disk when there is one (PDFBox and POI read random-access files faster). */
  public @Nullable Path path() {
    return path;
  }

  public long size() throws IOException {
    return path != null ? Files.size(path) : bytes.length;
  }

  public InputStream open() throws IOException {
    return path != null ? Files.newInputStream(path) : new java.io.ByteArrayInputStream(bytes);
  }

  /** All the bytes; only for content already bounded by {@link Limits#maxFileBytes()}. */
  public byte[] readAll() throws IOException {
    if (path != null) {
      return Files.readAllBytes(path);
    }
    return bytes.clone();
  }
}
