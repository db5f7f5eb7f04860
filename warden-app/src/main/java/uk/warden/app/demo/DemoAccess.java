package uk.warden.app.demo;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;
import uk.warden.app.access.AccessService;
import uk.warden.app.access.DirectorySource;
import uk.warden.core.access.ingest.AccessLogWriter;
import uk.warden.core.access.ingest.LogFormat;
import uk.warden.synth.SyntheticForce;
import uk.warden.synth.access.SyntheticAccess;

/**
 * Loads the demo force's access: its directory as an import, and its months of access events as a
 * JSON-lines log written on one thread and ingested on this one through the same reader, checks and
 * de-duplication as a force's own log, so the demo exercises the real path without a 100 MB file.
 */
@Component
class DemoAccess {

  private static final int PIPE = 1 << 20;

  private final AccessService access;

  DemoAccess(AccessService access) {
    this.access = access;
  }

  /** Returns how many events were ingested. */
  long load(SyntheticForce force, String by) {
    SyntheticAccess synthetic = SyntheticAccess.generate(force);
    access.importDirectory(
        DirectorySource.DEMO,
        "demo directory",
        synthetic.principals(),
        synthetic.memberships(),
        synthetic.grants());
    try (PipedInputStream in = new PipedInputStream(PIPE)) {
      PipedOutputStream out = new PipedOutputStream(in);
      CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> write(synthetic, out));
      AccessService.Ingested ingested =
          access.ingest("demo-access.jsonl", in, LogFormat.JSON_LINES, by);
      writing.join();
      return ingested.newEvents();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(SyntheticAccess synthetic, PipedOutputStream out) {
    try (Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      AccessLogWriter log = new AccessLogWriter(text, LogFormat.JSON_LINES);
      synthetic.forEachEvent(
          event -> {
            try {
              log.write(event);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
      log.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
