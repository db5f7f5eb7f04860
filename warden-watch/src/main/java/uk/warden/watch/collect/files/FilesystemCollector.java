package uk.warden.watch.collect.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import uk.warden.watch.collect.CollectionException;
import uk.warden.watch.collect.Collector;
import uk.warden.watch.collect.SystemVolume;

/**
 * Counts the regular files and their bytes under a folder, per top-level folder (files directly in
 * the root count under {@link #ROOT_PART}), optionally with a manifest of every file. Links are not
 * followed, so a link to elsewhere cannot make a system look bigger, or loop. Any file or folder
 * that cannot be read fails the whole count: a count that silently skips a folder would itself look
 * like a loss, or hide one.
 */
public final class FilesystemCollector implements Collector {

  /** The part that counts files lying directly in the root. */
  public static final String ROOT_PART = ".";

  /** Opens a file's content; a seam so a test can make a file unreadable when run as root. */
  @FunctionalInterface
  interface ContentOpener {
    InputStream open(Path file) throws IOException;
  }

  private final String system;
  private final FilesystemSettings settings;
  private final Clock clock;
  private final ContentOpener opener;

  public FilesystemCollector(String system, FilesystemSettings settings) {
    this(system, settings, Clock.systemUTC());
  }

  public FilesystemCollector(String system, FilesystemSettings settings, Clock clock) {
    this(system, settings, clock, Files::newInputStream);
  }

  FilesystemCollector(
      String system, FilesystemSettings settings, Clock clock, ContentOpener opener) {
    this.system = Objects.requireNonNull(system, "system");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.opener = Objects.requireNonNull(opener, "opener");
  }

  @Override
  public String system() {
    return system;
  }

  public FilesystemSettings settings() {
    return settings;
  }

  @Override
  public SystemVolume collect() throws CollectionException {
    Instant takenAt = clock.instant();
    Path root = realRoot();
    TreeCount count = new TreeCount(system, root, settings.manifest(), opener);
    try {
      Files.walkFileTree(root, count);
    } catch (IOException e) {
      // The visitor turns every file's failure into its own; this is the walk itself failing.
      throw new CollectionException(system, "could not walk " + settings.root() + ": " + e, e);
    }
    count.throwIfFailed();
    return new SystemVolume(
        system, takenAt, count.files(), count.bytes(), count.parts(), count.manifest());
  }

  private Path realRoot() throws CollectionException {
    Path root = settings.root();
    if (!Files.exists(root)) {
      throw new CollectionException(system, "the folder " + root + " does not exist");
    }
    if (!Files.isDirectory(root)) {
      throw new CollectionException(system, root + " is not a folder");
    }
    try {
      return root.toRealPath();
    } catch (NoSuchFileException e) {
      throw new CollectionException(system, "the folder " + root + " does not exist", e);
    } catch (IOException e) {
      throw new CollectionException(system, "cannot open the folder " + root + ": " + e, e);
    }
  }
}
