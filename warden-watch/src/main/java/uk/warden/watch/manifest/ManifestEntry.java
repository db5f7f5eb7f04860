package uk.warden.watch.manifest;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One object in a manifest.
 *
 * @param path the object's path relative to the root counted, with '/' separators
 * @param size its size in bytes
 * @param sha256 its content hash in lower-case hex, or null when hashes were not asked for
 */
public record ManifestEntry(String path, long size, @Nullable String sha256) {

  public ManifestEntry {
    Objects.requireNonNull(path, "path");
    if (size < 0) {
      throw new IllegalArgumentException("an object's size is not negative");
    }
  }
}
