package uk.warden.app.exports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.warden.app.platform.RefusedException;
import uk.warden.core.trace.TraceKey;

/**
 * The secret that makes each extract's canaries and row order, and finds them again. Kept outside
 * the database: whoever holds it could make a copy without its marks, so a copy of the store must
 * not carry it. Given as {@code WARDEN_EXPORTS_TRACE_KEY} (Base64), or a key file: by default
 * {@code <data folder>.trace.key} beside the embedded store, made on first use, mode 600.
 */
@Component
public class TraceKeys {

  private final @Nullable String given;
  private final @Nullable Path file;
  private @Nullable TraceKey key;

  TraceKeys(
      @Value("${warden.exports.trace-key:}") String given,
      @Value("${warden.exports.trace-key-file:}") String file,
      @Value("${warden.data-dir:}") String dataDir) {
    this.given = given.isBlank() ? null : given.strip();
    this.file =
        !file.isBlank()
            ? Path.of(file)
            : dataDir.isBlank() ? null : Path.of(dataDir.strip() + ".trace.key");
  }

  public synchronized TraceKey key() {
    if (key == null) {
      key = new TraceKey(load());
    }
    return key;
  }

  private byte[] load() {
    if (given != null) {
      return Base64.getDecoder().decode(given);
    }
    if (file == null) {
      throw new RefusedException(
          "no-trace-key",
          "Exports need a trace key kept outside the database: set WARDEN_EXPORTS_TRACE_KEY"
              + " (Base64 of 32 random bytes) or WARDEN_EXPORTS_TRACE_KEY_FILE.");
    }
    try {
      if (Files.exists(file)) {
        return Base64.getDecoder().decode(Files.readString(file).strip());
      }
      byte[] secret = new byte[32];
      new SecureRandom().nextBytes(secret);
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Path temporary = Files.createTempFile(parent, ".trace", ".key");
      try {
        Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // Not a POSIX file system: the folder's own permissions must protect it.
      }
      Files.writeString(temporary, Base64.getEncoder().encodeToString(secret));
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
      return secret;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or make the trace key " + file, e);
    }
  }

  /** Where the key file is, for a message; null when the key comes from the environment. */
  public @Nullable Path file() {
    return given != null ? null : file;
  }
}
