package uk.warden.bench.watch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.warden.bench.BenchRun;
import uk.warden.bench.BenchStep;
import uk.warden.bench.Figures;
import uk.warden.watch.Secret;
import uk.warden.watch.collect.CollectionOutcome;
import uk.warden.watch.collect.CollectionRun;
import uk.warden.watch.collect.Collector;
import uk.warden.watch.collect.files.FilesystemCollector;
import uk.warden.watch.collect.files.FilesystemSettings;
import uk.warden.watch.collect.jdbc.JdbcCollector;
import uk.warden.watch.collect.jdbc.JdbcSettings;

/**
 * The integrity watch's collection target: volume snapshots from 1,000 systems in under a minute.
 * Seven in ten are folder trees written to a temporary folder ({@link SystemTrees}; one in ten of
 * those with a SHA-256 manifest), three in ten are databases whose three counts (a table, a query,
 * a per-category query) run on their own connection each, on an H2 in-memory database, or on the
 * PostgreSQL server {@code WARDEN_BENCH_PG_URL} names (as {@code WARDEN_BENCH_PG_USER}, default
 * {@code postgres}, with {@code WARDEN_BENCH_PG_PASSWORD}). Collected by {@link CollectionRun} at
 * its standard parallelism, exactly as {@code warden watch collect} would; every count is checked
 * against what was written, and a wrong or failed one fails the step. The first run in the JVM is
 * the figure (a collection is a cold command); a second run is shown beside it.
 */
public final class CollectStep implements BenchStep {

  static final int FULL_SYSTEMS = 1000;
  static final int SMOKE_SYSTEMS = 50;
  static final Duration TARGET = Duration.ofMinutes(1);
  static final int TABLES = 30;
  static final int FULL_ROWS = 20_000;
  static final int SMOKE_ROWS = 1_000;

  @Override
  public String name() {
    return "watch-collect";
  }

  @Override
  public void run(BenchRun run) throws Exception {
    boolean smoke = run.settings().smoke();
    int systems = smoke ? SMOKE_SYSTEMS : FULL_SYSTEMS;
    int folders = systems * 7 / 10;
    int databases = systems - folders;
    int rows = smoke ? SMOKE_ROWS : FULL_ROWS;
    Path parent = Files.createTempDirectory("warden-bench-watch-");
    try (CountedTables tables = open(rows)) {
      run.progress("writing " + Figures.count(folders) + " folder trees and " + TABLES + " tables");
      long start = System.nanoTime();
      List<SystemTrees.Tree> trees = SystemTrees.write(parent, folders);
      long written = System.nanoTime() - start;
      List<Collector> collectors = new ArrayList<>();
      Map<String, Long> expected = new HashMap<>();
      for (SystemTrees.Tree tree : trees) {
        collectors.add(
            new FilesystemCollector(
                tree.code(), new FilesystemSettings(tree.root(), tree.manifest())));
        expected.put(tree.code(), tree.files());
      }
      @Nullable Secret password = password();
      for (int d = 0; d < databases; d++) {
        String code = String.format("db-%04d", d);
        collectors.add(
            new JdbcCollector(
                code,
                new JdbcSettings(
                    tables.url(),
                    tables.user(),
                    password,
                    tables.counts(d),
                    null,
                    Map.of(),
                    JdbcSettings.DEFAULT_LOGIN_TIMEOUT,
                    JdbcSettings.DEFAULT_QUERY_TIMEOUT)));
        expected.put(code, tables.expectedObjects());
      }
      long files = trees.stream().mapToLong(SystemTrees.Tree::files).sum();
      long bytes = trees.stream().mapToLong(SystemTrees.Tree::bytes).sum();
      run.report(
          "watch systems: "
              + Figures.count(systems)
              + " ("
              + Figures.count(folders)
              + " folder trees of "
              + SystemTrees.FILES_PER_SYSTEM
              + " files, "
              + Figures.count(files)
              + " files and "
              + Figures.mb(bytes)
              + " MB in all, one in ten hashed (SHA-256 manifest) and one in ten with a size"
              + " manifest; "
              + Figures.count(databases)
              + " databases of 3 counts each, a table, a query and a per-category query, on "
              + tables.product()
              + " ("
              + tables.tables()
              + " tables of "
              + Figures.count(tables.rows())
              + " rows), a connection per system; written in "
              + Figures.seconds(written)
              + ", not measured)");

      CollectionRun collection = CollectionRun.standard();
      Timing first = collect(collection, collectors, expected);
      run.report(
          "watch collect ("
              + Figures.count(systems)
              + " systems, "
              + collection.parallelism()
              + " at a time, first run in this JVM): "
              + Figures.seconds(first.nanos())
              + " (target < "
              + TARGET.toSeconds()
              + " s: "
              + Figures.verdict(first.nanos() < TARGET.toNanos())
              + "); "
              + first.describe());
      if (!smoke) {
        Timing second = collect(collection, collectors, expected);
        run.report(
            "watch collect (the same again, warm): "
                + Figures.seconds(second.nanos())
                + "; "
                + second.describe());
      }
    } finally {
      SystemTrees.delete(parent);
    }
  }

  private static CountedTables open(int rows) throws Exception {
    String url = env("WARDEN_BENCH_PG_URL", "");
    if (url.isEmpty()) {
      return CountedTables.h2(TABLES, rows);
    }
    return CountedTables.postgres(
        url,
        env("WARDEN_BENCH_PG_USER", "postgres"),
        env("WARDEN_BENCH_PG_PASSWORD", ""),
        TABLES,
        rows);
  }

  private static @Nullable Secret password() {
    String password = env("WARDEN_BENCH_PG_PASSWORD", "");
    return env("WARDEN_BENCH_PG_URL", "").isEmpty() || password.isEmpty()
        ? null
        : Secret.of(password);
  }

  /** The wall time of one run and its slowest and median systems. */
  private record Timing(long nanos, Duration median, Duration slowest, String slowestSystem) {
    String describe() {
      return "per system median "
          + Figures.ms(median.toNanos() / 1e6)
          + " ms, slowest "
          + Figures.ms(slowest.toNanos() / 1e6)
          + " ms ("
          + slowestSystem
          + "); every count checked";
    }
  }

  private static Timing collect(
      CollectionRun collection, List<Collector> collectors, Map<String, Long> expected)
      throws InterruptedException {
    long start = System.nanoTime();
    List<CollectionOutcome> outcomes = collection.collect(collectors);
    long nanos = System.nanoTime() - start;
    for (CollectionOutcome outcome : outcomes) {
      if (!outcome.collected()) {
        throw new IllegalStateException("watch collect: " + outcome.failure());
      }
      long objects = outcome.volume().objects();
      if (objects != expected.get(outcome.system())) {
        throw new IllegalStateException(
            "watch collect: "
                + outcome.system()
                + " counted "
                + objects
                + " objects, but "
                + expected.get(outcome.system())
                + " were written");
      }
    }
    List<CollectionOutcome> byTime =
        outcomes.stream().sorted(Comparator.comparing(CollectionOutcome::took)).toList();
    CollectionOutcome slowest = byTime.get(byTime.size() - 1);
    return new Timing(
        nanos, byTime.get(byTime.size() / 2).took(), slowest.took(), slowest.system());
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
