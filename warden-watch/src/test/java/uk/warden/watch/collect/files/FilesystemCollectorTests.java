package uk.warden.watch.collect.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.warden.watch.collect.CollectionException;
import uk.warden.watch.collect.SystemVolume;
import uk.warden.watch.manifest.ManifestEntry;

class FilesystemCollectorTests {

  private static final Instant NOW = Instant.parse("2023-07-14T02:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  @TempDir Path root;
  @TempDir Path elsewhere;

  @Test
  void countsFilesAndBytesPerTopLevelFolder() throws Exception {
    write("cases/23-00001/interview.mp4", 1000);
    write("cases/23-00001/notes/statement.pdf", 250);
    write("cases/23-00002/cctv.mp4", 4000);
    write("exports/batch.zip", 30);
    write("readme.txt", 5);
    Files.createDirectories(root.resolve("quarantine"));

    SystemVolume volume = collector(ManifestDetail.NONE).collect();

    assertThat(volume.system()).isEqualTo("bwv-archive");
    assertThat(volume.takenAt()).isEqualTo(NOW);
    assertThat(volume.objects()).isEqualTo(5);
    assertThat(volume.bytes()).isEqualTo(5285);
    assertThat(volume.parts())
        .containsExactly(
            Map.entry(".", 1L),
            Map.entry("cases", 3L),
            Map.entry("exports", 1L),
            Map.entry("quarantine", 0L));
    assertThat(volume.manifest()).isNull();
  }

  @Test
  void doesNotFollowLinksToFilesOrFolders() throws Exception {
    write("cases/a.mp4", 10);
    Files.writeString(elsewhere.resolve("outside.mp4"), "x".repeat(700));
    Files.createDirectories(elsewhere.resolve("tree"));
    Files.writeString(elsewhere.resolve("tree/deep.mp4"), "y".repeat(900));
    Files.createSymbolicLink(root.resolve("cases/link.mp4"), elsewhere.resolve("outside.mp4"));
    Files.createSymbolicLink(root.resolve("linked-tree"), elsewhere.resolve("tree"));
    // A loop would walk forever if links were followed.
    Files.createSymbolicLink(root.resolve("cases/loop"), root);

    SystemVolume volume = collector(ManifestDetail.SIZES).collect();

    assertThat(volume.objects()).isEqualTo(1);
    assertThat(volume.bytes()).isEqualTo(10);
    assertThat(volume.parts()).containsOnlyKeys("cases");
    assertThat(volume.manifest().entries())
        .extracting(ManifestEntry::path)
        .containsExactly("cases/a.mp4");
  }

  @Test
  void aRootThatIsALinkIsFollowed() throws Exception {
    Files.createDirectories(elsewhere.resolve("cases"));
    Files.writeString(elsewhere.resolve("cases/a.mp4"), "abc");
    Path mount = root.resolve("mount");
    Files.createSymbolicLink(mount, elsewhere);

    SystemVolume volume =
        new FilesystemCollector("bwv-archive", new FilesystemSettings(mount, ManifestDetail.NONE))
            .collect();

    assertThat(volume.objects()).isEqualTo(1);
  }

  @Test
  void manifestListsEveryFileInPathOrderWithItsSha256() throws Exception {
    write("b/second.bin", 3);
    Files.writeString(root.resolve("b/abc.txt"), "abc", StandardCharsets.UTF_8);
    write("a/first.bin", 0);
    write("top.bin", 17);

    SystemVolume volume = collector(ManifestDetail.SHA256).collect();

    List<ManifestEntry> entries = volume.manifest().entries();
    assertThat(entries)
        .extracting(ManifestEntry::path)
        .containsExactly("a/first.bin", "b/abc.txt", "b/second.bin", "top.bin");
    assertThat(entries.get(1))
        .isEqualTo(
            new ManifestEntry(
                "b/abc.txt",
                3,
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    // SHA-256 of nothing.
    assertThat(entries.get(0).sha256())
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assertThat(volume.manifest().inPathOrder()).isTrue();
  }

  @Test
  void hashesALargeFileThatIsStreamedNotLoaded() throws Exception {
    Path big = root.resolve("video/big.mp4");
    Files.createDirectories(big.getParent());
    MessageDigest expected = MessageDigest.getInstance("SHA-256");
    Random random = new Random(2023);
    byte[] chunk = new byte[1 << 20];
    try (OutputStream out = Files.newOutputStream(big)) {
      for (int i = 0; i < 24; i++) {
        random.nextBytes(chunk);
        out.write(chunk);
        expected.update(chunk);
      }
    }

    SystemVolume volume = collector(ManifestDetail.SHA256).collect();

    assertThat(volume.manifest().entries())
        .containsExactly(
            new ManifestEntry(
                "video/big.mp4", 24L << 20, HexFormat.of().formatHex(expected.digest())));
  }

  @Test
  void sizesManifestHasNoHashes() throws Exception {
    write("a/x.bin", 12);

    SystemVolume volume = collector(ManifestDetail.SIZES).collect();

    assertThat(volume.manifest().entries()).containsExactly(new ManifestEntry("a/x.bin", 12, null));
  }

  @Test
  void aMissingRootNamesTheSystemAndThePath() {
    Path gone = root.resolve("unmounted");

    assertThatThrownBy(
            () ->
                new FilesystemCollector(
                        "bwv-archive", new FilesystemSettings(gone, ManifestDetail.NONE))
                    .collect())
        .isInstanceOf(CollectionException.class)
        .hasMessageStartingWith("bwv-archive: ")
        .hasMessageContaining(gone.toString())
        .hasMessageContaining("does not exist")
        .satisfies(e -> assertThat(((CollectionException) e).system()).isEqualTo("bwv-archive"));
  }

  @Test
  void aRootThatIsAFileIsRefused() throws Exception {
    Path file = write("just-a-file.bin", 1);

    assertThatThrownBy(
            () ->
                new FilesystemCollector(
                        "bwv-archive", new FilesystemSettings(file, ManifestDetail.NONE))
                    .collect())
        .isInstanceOf(CollectionException.class)
        .hasMessageContaining("is not a folder");
  }

  @Test
  void aFileThatCannotBeReadFailsTheCountNamingItsRelativePath() throws Exception {
    write("cases/23-00001/ok.mp4", 5);
    Path locked = write("cases/23-00002/locked.mp4", 5);
    FilesystemCollector collector =
        new FilesystemCollector(
            "bwv-archive",
            new FilesystemSettings(root, ManifestDetail.SHA256),
            CLOCK,
            file -> {
              if (file.endsWith("locked.mp4")) {
                throw new AccessDeniedException(file.toString());
              }
              return Files.newInputStream(file);
            });

    assertThatThrownBy(collector::collect)
        .isInstanceOf(CollectionException.class)
        .hasMessage("bwv-archive: cannot read cases/23-00002/locked.mp4 (access denied)");
    assertThat(locked).exists();
  }

  @Test
  void aFolderWithoutPermissionFailsTheCount() throws Exception {
    assumeFalse(
        "root".equals(System.getProperty("user.name")),
        "root reads every folder whatever its permissions; the test with an unreadable file covers"
            + " the same path");
    write("cases/23-00001/ok.mp4", 5);
    Path locked = root.resolve("cases/23-00002");
    Files.createDirectories(locked);
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      assertThatThrownBy(() -> collector(ManifestDetail.NONE).collect())
          .isInstanceOf(CollectionException.class)
          .hasMessage("bwv-archive: cannot read cases/23-00002 (access denied)");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void aStoppedCountFailsInsteadOfReturningPart() throws Exception {
    write("a/1.bin", 1);
    write("b/2.bin", 1);
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> collector(ManifestDetail.NONE).collect())
          .isInstanceOf(CollectionException.class)
          .hasMessageContaining("stopped");
    } finally {
      Thread.interrupted();
    }
  }

  private FilesystemCollector collector(ManifestDetail detail) {
    return new FilesystemCollector("bwv-archive", new FilesystemSettings(root, detail), CLOCK);
  }

  private Path write(String relative, int bytes) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.write(file, new byte[bytes]);
    return file;
  }
}
