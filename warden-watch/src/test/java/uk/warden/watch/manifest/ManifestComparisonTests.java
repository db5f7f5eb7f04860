package uk.warden.watch.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.warden.watch.manifest.ManifestComparison.CaseLoss;
import uk.warden.watch.manifest.ManifestComparison.Change;

class ManifestComparisonTests {

  @Test
  void listsExactlyWhatIsMissingChangedAddedAndMovedWithTheMissingByCase() {
    Manifest before =
        manifest(
            entry("23-00001/a.mp4", 100, "aa"),
            entry("23-00001/b.mp4", 200, "bb"),
            entry("23-00002/c.mp4", 300, "cc"),
            entry("23-00002/d.mp4", 400, "dd"),
            entry("23-00003/e.mp4", 500, "ee"),
            entry("23-00003/f.mp4", 600, "ff"),
            entry("loose.txt", 7, "77"));
    Manifest after =
        manifest(
            entry("23-00001/a.mp4", 100, "aa"),
            entry("23-00002/c.mp4", 300, "c2"),
            entry("23-00003/e.mp4", 501, "ee"),
            entry("archive/f.mp4", 600, "ff"),
            entry("23-00004/new.mp4", 50, "nn"));

    ManifestComparison comparison = ManifestComparison.compare(before, after);

    assertThat(comparison.missing())
        .extracting(ManifestEntry::path)
        .containsExactly("23-00001/b.mp4", "23-00002/d.mp4", "loose.txt");
    assertThat(comparison.changed())
        .extracting(change -> change.before().path())
        .containsExactly("23-00002/c.mp4", "23-00003/e.mp4");
    assertThat(comparison.added())
        .extracting(ManifestEntry::path)
        .containsExactly("23-00004/new.mp4");
    assertThat(comparison.moved())
        .containsExactly(
            new Change(entry("23-00003/f.mp4", 600, "ff"), entry("archive/f.mp4", 600, "ff")));
    assertThat(comparison.unchanged()).isEqualTo(1);
    assertThat(comparison.missingBytes()).isEqualTo(607);
    assertThat(comparison.nothingLost()).isFalse();
    assertThat(comparison.missingByCase())
        .extracting(CaseLoss::caseRef, CaseLoss::objects, CaseLoss::bytes)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("(no case)", 1, 7L),
            org.assertj.core.groups.Tuple.tuple("23-00001", 1, 200L),
            org.assertj.core.groups.Tuple.tuple("23-00002", 1, 400L));
  }

  @Test
  void withoutHashesASameSizeObjectIsUnchangedAndNothingCanMove() {
    Manifest before =
        manifest(new ManifestEntry("a/x", 5, null), new ManifestEntry("a/y", 6, null));
    Manifest after =
        manifest(new ManifestEntry("a/x", 5, hash("x")), new ManifestEntry("b/y", 6, null));

    ManifestComparison comparison = ManifestComparison.compare(before, after);

    assertThat(comparison.unchanged()).isEqualTo(1);
    assertThat(comparison.moved()).isEmpty();
    assertThat(comparison.missing()).extracting(ManifestEntry::path).containsExactly("a/y");
    assertThat(comparison.added()).extracting(ManifestEntry::path).containsExactly("b/y");
  }

  @Test
  void twoCopiesOfOneContentWithOneLeftAreOneMoveAndOneLoss() {
    Manifest before = manifest(entry("a/1", 9, "same"), entry("a/2", 9, "same"));
    Manifest after = manifest(entry("b/1", 9, "same"));

    ManifestComparison comparison = ManifestComparison.compare(before, after);

    assertThat(comparison.moved()).hasSize(1);
    assertThat(comparison.moved().get(0).before().path()).isEqualTo("a/1");
    assertThat(comparison.missing()).extracting(ManifestEntry::path).containsExactly("a/2");
    assertThat(comparison.added()).isEmpty();
  }

  @Test
  void casesComeFromThePatternWhenOneIsGiven() {
    Manifest before =
        manifest(
            entry("bwv/2023-07-13/BWV_23-12345-01_0931.mp4", 1, "1"),
            entry("bwv/2023-07-13/BWV_23-12345-01_0932.mp4", 1, "2"),
            entry("bwv/2023-07-14/BWV_23-99999-02_1010.mp4", 1, "3"));

    ManifestComparison comparison =
        ManifestComparison.compare(
            before,
            manifest(),
            CaseRule.pattern(Pattern.compile("BWV_([0-9]{2}-[0-9]{5}-[0-9]{2})_")));

    assertThat(comparison.missingByCase())
        .extracting(CaseLoss::caseRef, CaseLoss::objects)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("23-12345-01", 2),
            org.assertj.core.groups.Tuple.tuple("23-99999-02", 1));
  }

  @Test
  void manifestsOutOfPathOrderCompareTheSame() {
    List<ManifestEntry> entries =
        new ArrayList<>(List.of(entry("c/1", 1, "1"), entry("a/1", 1, "2"), entry("b/1", 1, "3")));
    Manifest sorted = manifest(entries.stream().sorted(Manifest.PATH_ORDER).toList());
    Collections.reverse(entries);

    ManifestComparison comparison =
        ManifestComparison.compare(new Manifest(entries), manifest(entry("b/1", 1, "3")));

    assertThat(comparison.missing()).extracting(ManifestEntry::path).containsExactly("a/1", "c/1");
    assertThat(ManifestComparison.compare(sorted, manifest(entry("b/1", 1, "3"))))
        .isEqualTo(comparison);
  }

  /**
   * The million-object case of a bulk transfer: 96,174 gone across many cases, a few changed, a
   * whole folder moved, new files arrived. Checked against counts the test knows; the time is
   * printed as a guide, not asserted (benchmarks do timing).
   */
  @Test
  void comparesAMillionObjectsExactly() {
    int total = 1_000_000;
    Random random = new Random(2023);
    List<ManifestEntry> before = new ArrayList<>(total);
    List<ManifestEntry> after = new ArrayList<>(total);
    int lost = 0;
    int changed = 0;
    int moved = 0;
    for (int i = 0; i < total; i++) {
      String path = (100 + i % 24) + "-" + (100_000 + i % 40_000) + "-01/clip-" + i + ".mp4";
      ManifestEntry entry = new ManifestEntry(path, 1000 + i, cheapHash(i));
      before.add(entry);
      int fate = random.nextInt(1000);
      if (fate < 96) {
        lost++;
      } else if (fate < 98) {
        changed++;
        after.add(new ManifestEntry(path, entry.size(), cheapHash(-i)));
      } else if (fate < 100) {
        moved++;
        after.add(new ManifestEntry("moved/" + path, entry.size(), entry.sha256()));
      } else {
        after.add(entry);
      }
    }
    for (int i = 0; i < 5000; i++) {
      after.add(new ManifestEntry("new/" + i, i, cheapHash(total + i)));
    }
    Collections.shuffle(after, random);
    Manifest beforeManifest = new Manifest(before);
    Manifest afterManifest = new Manifest(after);

    long start = System.nanoTime();
    ManifestComparison comparison = ManifestComparison.compare(beforeManifest, afterManifest);
    long millis = (System.nanoTime() - start) / 1_000_000;

    System.out.println(
        "[watch] compared 1,000,000 against "
            + after.size()
            + " entries in "
            + millis
            + " ms (after-manifest unsorted)");
    assertThat(comparison.missing()).hasSize(lost);
    assertThat(comparison.changed()).hasSize(changed);
    assertThat(comparison.moved()).hasSize(moved);
    assertThat(comparison.added()).hasSize(5000);
    assertThat(comparison.unchanged()).isEqualTo(total - lost - changed - moved);
    assertThat(comparison.missingByCase().stream().mapToInt(CaseLoss::objects).sum())
        .isEqualTo(lost);
    assertThat(comparison.missingByCase()).hasSizeGreaterThan(20_000);
  }

  /** A distinct 64-digit hex "hash" per number, without the cost of hashing a million times. */
  private static String cheapHash(long n) {
    String hex = Long.toHexString(n & Long.MAX_VALUE);
    return "0".repeat(64 - hex.length()) + hex;
  }

  private static Manifest manifest(ManifestEntry... entries) {
    return new Manifest(List.of(entries));
  }

  private static Manifest manifest(List<ManifestEntry> entries) {
    return new Manifest(entries);
  }

  private static ManifestEntry entry(String path, long size, String content) {
    return new ManifestEntry(path, size, hash(content));
  }

  private static String hash(String content) {
    byte[] bytes = new byte[32];
    byte[] text = content.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    for (int i = 0; i < text.length; i++) {
      bytes[i % 32] ^= text[i];
      bytes[(i * 7 + 3) % 32] += (byte) (text[i] * 31 + i);
    }
    return HexFormat.of().formatHex(bytes);
  }
}
