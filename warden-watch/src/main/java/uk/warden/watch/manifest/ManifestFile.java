package uk.warden.watch.manifest;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;

/**
 * A manifest as a file: UTF-8, tab-separated, one object a line under the header {@code
 * path<TAB>size<TAB>sha256}, gzip-compressed when the name ends {@code .gz} (a compressed file is
 * recognised by its content when read). The hash may be left empty. A tab, line break or backslash
 * in a path is written {@code \t}, {@code \n}, {@code \r}, {@code \\}. Lines may come in any order;
 * the manifest read is in path order. A file with any bad line is refused as a whole, every problem
 * named by its line.
 */
public final class ManifestFile {

  public static final String HEADER = "path\tsize\tsha256";

  /** Past this many problems the file is plainly not a manifest; more would be noise. */
  static final int MAX_PROBLEMS = 100;

  private static final int BUFFER = 1 << 16;

  private ManifestFile() {}

  /** Reads the file; its name (never its content) names it in any problem. */
  public static Manifest read(Path file) {
    String source = String.valueOf(file.getFileName());
    try (InputStream in = Files.newInputStream(file)) {
      return read(source, in);
    } catch (NoSuchFileException e) {
      throw new BadInputException(InputProblem.file(source, "no such file"));
    } catch (IOException e) {
      throw new BadInputException(InputProblem.file(source, "could not be read: " + e));
    }
  }

  /** Reads a manifest from a stream, plain or gzip-compressed; {@code source} names it. */
  public static Manifest read(String source, InputStream in) {
    ManifestLines lines = new ManifestLines(source);
    try (BufferedReader reader = reader(in)) {
      lines.readAll(reader);
    } catch (ZipException e) {
      lines.unreadable("is not a valid gzip file: " + e.getMessage());
    } catch (CharacterCodingException e) {
      lines.unreadable("is not UTF-8 text");
    } catch (IOException e) {
      lines.unreadable("could not be read: " + e.getMessage());
    }
    return lines.manifest();
  }

  /**
   * Writes the manifest in path order, compressed when the name ends {@code .gz}. The file appears
   * whole or not at all: it is written beside its final name and moved into place.
   */
  public static void write(Manifest manifest, Path file) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    Path partial = Files.createTempFile(folder, ".manifest-", ".partial");
    try {
      try (OutputStream out = Files.newOutputStream(partial)) {
        if (String.valueOf(file.getFileName()).endsWith(".gz")) {
          try (GZIPOutputStream gzip = new GZIPOutputStream(out, BUFFER)) {
            write(manifest, gzip);
          }
        } else {
          write(manifest, out);
        }
      }
      Files.move(
          partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  /** Writes the manifest, uncompressed, in path order; the stream is flushed, not closed. */
  public static void write(Manifest manifest, OutputStream out) throws IOException {
    List<ManifestEntry> entries = manifest.entries();
    if (!manifest.inPathOrder()) {
      entries = new ArrayList<>(entries);
      entries.sort(Manifest.PATH_ORDER);
    }
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
    writer.write(HEADER);
    writer.write('\n');
    StringBuilder line = new StringBuilder(256);
    for (ManifestEntry entry : entries) {
      line.setLength(0);
      escape(entry.path(), line);
      line.append('\t').append(entry.size()).append('\t');
      if (entry.sha256() != null) {
        line.append(entry.sha256());
      }
      line.append('\n');
      writer.append(line);
    }
    writer.flush();
  }

  private static BufferedReader reader(InputStream in) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, BUFFER);
    buffered.mark(2);
    int first = buffered.read();
    int second = buffered.read();
    buffered.reset();
    boolean gzip = first == 0x1f && second == 0x8b;
    InputStream content = gzip ? new GZIPInputStream(buffered, BUFFER) : buffered;
    // Malformed UTF-8 is an error, not silently replaced: a path changed by decoding would compare
    // as missing.
    return new BufferedReader(
        new InputStreamReader(
            content,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)),
        BUFFER);
  }

  static void escape(String path, StringBuilder out) {
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
  }
}
