package uk.warden.bench.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import uk.warden.watch.collect.files.ManifestDetail;

/**
 * Small folder trees standing in for filesystem systems: each has case folders of a few files, an
 * exports folder, an empty quarantine folder and a file or two in its root, files of 200 B to 4 KB
 * of random bytes. One system in ten asks for a SHA-256 manifest and one in ten for a size
 * manifest, so hashing is part of the figure. The same seed gives the same trees.
 */
final class SystemTrees {

  static final long SEED = 2023;
  static final int CASES_PER_SYSTEM = 12;
  static final int FILES_PER_CASE = 4;
  static final int EXPORTS_PER_SYSTEM = 8;
  static final int ROOT_FILES = 2;
  static final int FILES_PER_SYSTEM =
      CASES_PER_SYSTEM * FILES_PER_CASE + EXPORTS_PER_SYSTEM + ROOT_FILES;

  /** One system's tree and what a correct count of it finds. */
  record Tree(String code, Path root, ManifestDetail manifest, long files, long bytes) {}

  private SystemTrees() {}

  static List<Tree> write(Path parent, int systems) throws IOException {
    Random random = new Random(SEED);
    byte[] content = new byte[4096];
    random.nextBytes(content);
    List<Tree> trees = new ArrayList<>(systems);
    for (int s = 0; s < systems; s++) {
      String code = String.format("files-%04d", s);
      Path root = Files.createDirectories(parent.resolve(code));
      long bytes = 0;
      for (int c = 0; c < CASES_PER_SYSTEM; c++) {
        Path folder =
            Files.createDirectories(root.resolve(String.format("cases/23-%05d-01", s * 100 + c)));
        for (int f = 0; f < FILES_PER_CASE; f++) {
          bytes += file(folder.resolve("bwv-" + f + ".mp4"), content, random);
        }
      }
      Path exports = Files.createDirectories(root.resolve("exports"));
      for (int f = 0; f < EXPORTS_PER_SYSTEM; f++) {
        bytes += file(exports.resolve("export-" + f + ".zip"), content, random);
      }
      Files.createDirectories(root.resolve("quarantine"));
      for (int f = 0; f < ROOT_FILES; f++) {
        bytes += file(root.resolve("index-" + f + ".txt"), content, random);
      }
      ManifestDetail manifest =
          s % 10 == 0
              ? ManifestDetail.SHA256
              : s % 10 == 5 ? ManifestDetail.SIZES : ManifestDetail.NONE;
      trees.add(new Tree(code, root, manifest, FILES_PER_SYSTEM, bytes));
    }
    return trees;
  }

  /** Writes 200 B to 4 KB from a different offset of the random block; returns the size. */
  private static int file(Path path, byte[] content, Random random) throws IOException {
    int size = 200 + random.nextInt(content.length - 200);
    int offset = random.nextInt(content.length - size + 1);
    Files.write(path, Arrays.copyOfRange(content, offset, offset + size));
    return size;
  }

  static void delete(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(SystemTrees::deleteOne);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteOne(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
