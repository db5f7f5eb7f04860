package uk.warden.bench.watch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import uk.warden.bench.BenchRun;
import uk.warden.bench.BenchStep;
import uk.warden.bench.Figures;
import uk.warden.watch.manifest.CaseRule;
import uk.warden.watch.manifest.Manifest;
import uk.warden.watch.manifest.ManifestComparison;
import uk.warden.watch.manifest.ManifestEntry;
import uk.warden.watch.manifest.ManifestFile;

/**
 * A migration's manifests at the scale of the South Yorkshire transfer: a million body-worn video
 * files before, and after it 9.6% gone, a few changed, a few moved, some new. Times writing and
 * reading the before-manifest as a gzip TSV, and the comparison, both with the manifests in path
 * order (as collectors and manifest files give them) and with the after-manifest shuffled (as a
 * supplier's own list may come). The comparison's counts are checked against what was removed.
 */
public final class CompareStep implements BenchStep {

  static final int FULL_ENTRIES = 1_000_000;
  static final int SMOKE_ENTRIES = 20_000;
  static final long TARGET_MILLIS = 1000;
  static final long SEED = 2023;
  static final int RUNS = 5;

  @Override
  public String name() {
    return "watch-compare";
  }

  @Override
  public void run(BenchRun run) throws Exception {
    boolean smoke = run.settings().smoke();
    int entries = smoke ? SMOKE_ENTRIES : FULL_ENTRIES;
    Migration migration = Migration.of(entries);
    Path file = Files.createTempFile("warden-bench-before-", ".tsv.gz");
    try {
      long start = System.nanoTime();
      ManifestFile.write(migration.before(), file);
      long written = System.nanoTime() - start;
      start = System.nanoTime();
      Manifest read = ManifestFile.read(file);
      long readNanos = System.nanoTime() - start;
      if (!read.equals(migration.before())) {
        throw new IllegalStateException("watch compare: the manifest read back differs");
      }
      run.report(
          "manifest file ("
              + Figures.count(entries)
              + " entries with SHA-256, gzip TSV of "
              + Figures.mb(Files.size(file))
              + " MB): written in "
              + Figures.ms(written / 1e6)
              + " ms, read and checked in "
              + Figures.ms(readNanos / 1e6)
              + " ms");
    } finally {
      Files.deleteIfExists(file);
    }

    Manifest shuffled = migration.shuffledAfter();
    int runs = smoke ? 1 : RUNS;
    double inOrder = medianMillis(runs, migration, migration.after());
    double outOfOrder = medianMillis(runs, migration, shuffled);
    ManifestComparison result = ManifestComparison.compare(migration.before(), migration.after());
    String how = smoke ? "1 run" : "median of " + runs + " runs after 2 warm-ups";
    run.report(
        "manifest compare ("
            + Figures.count(entries)
            + " before, "
            + Figures.count(migration.after().size())
            + " after, in path order; "
            + how
            + "): "
            + Figures.ms(inOrder)
            + " ms (target < "
            + Figures.count(TARGET_MILLIS)
            + " ms: "
            + Figures.verdict(inOrder < TARGET_MILLIS)
            + "); after-manifest shuffled: "
            + Figures.ms(outOfOrder)
            + " ms; found "
            + Figures.count(result.missing().size())
            + " missing in "
            + Figures.count(result.missingByCase().size())
            + " cases, "
            + Figures.count(result.changed().size())
            + " changed, "
            + Figures.count(result.moved().size())
            + " moved, "
            + Figures.count(result.added().size())
            + " added, as generated");
  }

  private static double medianMillis(int runs, Migration migration, Manifest after) {
    int warmups = runs > 1 ? 2 : 0;
    double[] millis = new double[runs];
    for (int i = -warmups; i < runs; i++) {
      long start = System.nanoTime();
      ManifestComparison comparison =
          ManifestComparison.compare(migration.before(), after, CaseRule.firstFolder());
      long nanos = System.nanoTime() - start;
      migration.check(comparison);
      if (i >= 0) {
        millis[i] = nanos / 1e6;
      }
    }
    Arrays.sort(millis);
    return millis[runs / 2];
  }

  /** The before- and after-manifests of a generated migration, and what it did. */
  record Migration(Manifest before, Manifest after, int lost, int changed, int moved, int added) {

    static Migration of(int entries) {
      Random random = new Random(SEED);
      List<ManifestEntry> before = new ArrayList<>(entries);
      List<ManifestEntry> after = new ArrayList<>(entries);
      int lost = 0;
      int changed = 0;
      int moved = 0;
      int cases = Math.max(1, entries / 25);
      for (int i = 0; i < entries; i++) {
        // Case folders of about 25 clips each, in path order as a collector writes them.
        String path = String.format("23-%06d-01/BWV_%07d.mp4", i / 25 % cases, i);
        ManifestEntry entry = new ManifestEntry(path, 1_000_000 + random.nextInt(1 << 30), hash(i));
        before.add(entry);
        int fate = random.nextInt(1000);
        if (fate < 96) {
          lost++;
        } else if (fate < 98) {
          changed++;
          after.add(new ManifestEntry(path, entry.size(), hash(-1 - i)));
        } else if (fate < 100) {
          moved++;
          after.add(new ManifestEntry("relocated/" + path, entry.size(), entry.sha256()));
        } else {
          after.add(entry);
        }
      }
      int added = entries / 200;
      for (int i = 0; i < added; i++) {
        after.add(new ManifestEntry(String.format("zz-new/%07d.mp4", i), 1000, hash(entries + i)));
      }
      before.sort(Manifest.PATH_ORDER);
      after.sort(Manifest.PATH_ORDER);
      return new Migration(new Manifest(before), new Manifest(after), lost, changed, moved, added);
    }

    Manifest shuffledAfter() {
      List<ManifestEntry> shuffled = new ArrayList<>(after.entries());
      Collections.shuffle(shuffled, new Random(SEED));
      return new Manifest(shuffled);
    }

    void check(ManifestComparison comparison) {
      if (comparison.missing().size() != lost
          || comparison.changed().size() != changed
          || comparison.moved().size() != moved
          || comparison.added().size() != added) {
        throw new IllegalStateException(
            "watch compare: found "
                + comparison.missing().size()
                + " missing, "
                + comparison.changed().size()
                + " changed, "
                + comparison.moved().size()
                + " moved and "
                + comparison.added().size()
                + " added, but the migration lost "
                + lost
                + ", changed "
                + changed
                + ", moved "
                + moved
                + " and added "
                + added);
      }
    }

    /** A distinct 64-digit hex hash per number: real hashing would only slow the setup. */
    private static String hash(long n) {
      String hex = Long.toHexString(n * 0x9E3779B97F4A7C15L);
      return "0".repeat(64 - hex.length()) + hex;
    }
  }
}
