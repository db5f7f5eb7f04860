package uk.warden.bench.access;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import uk.warden.core.access.AccessVolumes;
import uk.warden.core.access.ingest.AccessLogReader;
import uk.warden.core.access.ingest.AccessLogWriter;
import uk.warden.core.access.ingest.IngestOptions;
import uk.warden.core.access.ingest.IngestSummary;
import uk.warden.core.access.ingest.LogFormat;
import uk.warden.synth.access.SyntheticAccess;

/**
 * The reader's speed on a real file: synthetic events written as a log in a temporary folder, then
 * read back whole, each event checked, fingerprinted (SHA-256) and aggregated into volumes, as an
 * ingest does before its store writes. The first read warms the JIT and the page cache; the median
 * of the next three is the figure, because other work on a shared machine makes single reads swing.
 * The count read must equal the count written, every time.
 */
final class ParseThroughput {

  /** One format's figure. */
  record Result(LogFormat format, long events, long bytes, long nanos) {
    double perSecond() {
      return events / (nanos / 1e9);
    }
  }

  private ParseThroughput() {}

  static Result measure(SyntheticAccess access, LogFormat format, Path dir) {
    Path file = dir.resolve(format == LogFormat.CSV ? "access.csv" : "access.jsonl");
    try {
      long written = write(access, format, file);
      AccessLogReader reader = new AccessLogReader(IngestOptions.defaults(SyntheticAccess.ZONE));
      read(reader, file, format, written);
      long[] nanos = new long[3];
      for (int i = 0; i < nanos.length; i++) {
        long start = System.nanoTime();
        read(reader, file, format, written);
        nanos[i] = System.nanoTime() - start;
      }
      java.util.Arrays.sort(nanos);
      return new Result(format, written, Files.size(file), nanos[1]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // A temporary file left behind is not worth failing a benchmark for.
      }
    }
  }

  /** Writes every event as a log; returns how many. */
  static long write(SyntheticAccess access, LogFormat format, Path file) throws IOException {
    long[] count = {0};
    try (Writer out =
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
      AccessLogWriter writer = new AccessLogWriter(out, format);
      access.forEachEvent(
          event -> {
            try {
              writer.write(event);
              count[0]++;
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
    return count[0];
  }

  private static void read(AccessLogReader reader, Path file, LogFormat format, long expected)
      throws IOException {
    AccessVolumes.Builder volumes =
        AccessVolumes.builder(SyntheticAccess.ZONE, (int) Math.min(1 << 24, expected / 2));
    IngestSummary summary;
    try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      summary =
          reader.read(file.getFileName().toString(), in, format, (e, f, l) -> volumes.accept(e));
    }
    if (summary.events() != expected) {
      throw new IllegalStateException(
          format + ": read " + summary.events() + " events of the " + expected + " written");
    }
  }
}
