package uk.warden.watch.collect.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import uk.warden.watch.collect.CollectionException;
import uk.warden.watch.manifest.ContentHash;
import uk.warden.watch.manifest.Manifest;
import uk.warden.watch.manifest.ManifestEntry;

/** One walk of a folder tree: the counts so far, the manifest if asked, and the first failure. */
final class TreeCount extends SimpleFileVisitor<Path> {

  private final String system;
  private final Path root;
  private final ManifestDetail detail;
  private final FilesystemCollector.ContentOpener opener;
  private final Map<String, Long> parts = new TreeMap<>();
  private final List<ManifestEntry> entries = new ArrayList<>();
  private final @Nullable ContentHash hash;
  private long files;
  private long bytes;
  private @Nullable CollectionException failure;

  TreeCount(
      String system, Path root, ManifestDetail detail, FilesystemCollector.ContentOpener opener) {
    this.system = system;
    this.root = root;
    this.detail = detail;
    this.opener = opener;
    this.hash = detail == ManifestDetail.SHA256 ? new ContentHash() : null;
  }

  @Override
  public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
    if (Thread.currentThread().isInterrupted()) {
      return fail("the count was stopped (it took too long)", null);
    }
    if (dir.getNameCount() == root.getNameCount() + 1) {
      // A top-level folder that is now empty is news (everything in it went), so it is a part too.
      parts.putIfAbsent(dir.getFileName().toString(), 0L);
    }
    return FileVisitResult.CONTINUE;
  }

  @Override
  public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
    if (Thread.currentThread().isInterrupted()) {
      return fail("the count was stopped (it took too long)", null);
    }
    // Links, sockets and devices are not stored data; links are not followed (no FOLLOW_LINKS).
    if (!attrs.isRegularFile()) {
      return FileVisitResult.CONTINUE;
    }
    Path relative = root.relativize(file);
    String sha256 = null;
    if (hash != null) {
      try (InputStream in = opener.open(file)) {
        sha256 = hash.sha256(in);
      } catch (NoSuchFileException e) {
        return FileVisitResult.CONTINUE;
      } catch (IOException e) {
        return fail(problem(relative, e), e);
      }
    }
    files++;
    bytes += attrs.size();
    parts.merge(part(relative), 1L, Long::sum);
    if (detail != ManifestDetail.NONE) {
      entries.add(new ManifestEntry(slashed(relative), attrs.size(), sha256));
    }
    return FileVisitResult.CONTINUE;
  }

  @Override
  public FileVisitResult visitFileFailed(Path file, IOException e) {
    if (e instanceof NoSuchFileException) {
      // Deleted between listing and reading: it is gone, so not counting it is the truth.
      return FileVisitResult.CONTINUE;
    }
    return fail(problem(root.relativize(file), e), e);
  }

  @Override
  public FileVisitResult postVisitDirectory(Path dir, @Nullable IOException e) {
    if (e != null) {
      return fail(problem(root.relativize(dir), e), e);
    }
    return FileVisitResult.CONTINUE;
  }

  private FileVisitResult fail(String reason, @Nullable IOException cause) {
    failure =
        cause == null
            ? new CollectionException(system, reason)
            : new CollectionException(system, reason, cause);
    return FileVisitResult.TERMINATE;
  }

  /** "cannot read cases/23-1234/interview.mp4 (access denied)": the path is the system's own. */
  private static String problem(Path relative, IOException e) {
    String path = relative.toString().isEmpty() ? "the root folder" : slashed(relative);
    String why =
        e instanceof AccessDeniedException
            ? "access denied"
            : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    return "cannot read " + path + " (" + why + ")";
  }

  private static String part(Path relative) {
    return relative.getNameCount() > 1
        ? relative.getName(0).toString()
        : FilesystemCollector.ROOT_PART;
  }

  private static String slashed(Path relative) {
    String text = relative.toString();
    char separator = relative.getFileSystem().getSeparator().charAt(0);
    return separator == '/' ? text : text.replace(separator, '/');
  }

  void throwIfFailed() throws CollectionException {
    if (failure != null) {
      throw failure;
    }
  }

  long files() {
    return files;
  }

  long bytes() {
    return bytes;
  }

  Map<String, Long> parts() {
    return parts;
  }

  @Nullable Manifest manifest() {
    if (detail == ManifestDetail.NONE) {
      return null;
    }
    entries.sort(Comparator.comparing(ManifestEntry::path));
    return new Manifest(entries);
  }
}
