package uk.warden.watch.collect.files;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a filesystem system keeps its files, and what to record about them.
 *
 * @param root the folder counted; it may itself be a link (a mount point often is), but links
 *     inside it are not followed
 */
public record FilesystemSettings(Path root, ManifestDetail manifest) {

  public FilesystemSettings {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(manifest, "manifest");
  }
}
