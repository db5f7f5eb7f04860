package uk.warden.bench.access;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.warden.bench.BenchRun;
import uk.warden.bench.BenchStep;
import uk.warden.bench.Figures;
import uk.warden.bench.app.AppProcess;
import uk.warden.bench.app.AppStep;
import uk.warden.core.access.ingest.LogFormat;
import uk.warden.synth.ForceSpec;
import uk.warden.synth.SyntheticForce;
import uk.warden.synth.access.AccessPlan;
import uk.warden.synth.access.SyntheticAccess;

/**
 * The app's access ingest into its embedded store, against the target of 100,000 events a
 * second: a million synthetic events (twenty thousand in the smoke run) written as a JSON-lines
 * log, then ingested twice by {@code warden access ingest} into a new embedded H2 store, which
 * times each file's {@code AccessService.ingest} (one transaction, every event fingerprinted,
 * looked up, inserted if new, aggregated into daily volumes, and the grants' last use moved). The
 * first ingest finds every event new and is held to the target; the second, of the same file, finds
 * every event already stored and adds nothing.
 *
 * <p>The store is made by {@code warden generate} with the same people and seed, so its register
 * knows every system the events name (the reader refuses events on systems it does not know); the
 * demo's own access events are months later than the log's quarter, so none of them is a duplicate.
 * Only the ingests are timed, each in a JVM that has just started, as a command line ingest runs.
 *
 * <p>Run alone with {@code java -jar warden-bench/target/benchmarks.jar ingest} (a few minutes on
 * two cores, most of it making the store); it needs the app jar, as the app step does.
 */
public final class IngestStep implements BenchStep {

  static final int TARGET_PER_SECOND = 100_000;

  /** People in the store and the log: the events per person matter little to the figure. */
  private static final int FULL_PEOPLE = 20_000;

  private static final Duration TIMEOUT = Duration.ofMinutes(30);

  /** A file's line as {@code warden access ingest} prints it. */
  private static final Pattern INGESTED =
      Pattern.compile(
          "access\\.jsonl: ([\\d,.\\s]+) events read \\(JSON lines\\), ([\\d,.\\s]+) new, ([\\d,.\\s]+)"
              + " already ingested in .+ s \\(([\\d,.\\s]+) events/s\\)");

  @Override
  public String name() {
    return "ingest";
  }

  @Override
  public void run(BenchRun run) throws Exception {
    Path jar = AppStep.jar();
    if (!Files.isRegularFile(jar)) {
      run.report("access ingest: not run; no app jar at " + jar + " (see the app step)");
      return;
    }
    AccessScale scale = run.settings().smoke() ? AccessScale.SMOKE : AccessScale.FULL;
    int people = Math.min(scale.people(), FULL_PEOPLE);
    long events = scale.parseEvents();
    Path work = Files.createTempDirectory("warden-bench-ingest-");
    Thread deleteAtExit = new Thread(() -> AppStep.delete(work));
    Runtime.getRuntime().addShutdownHook(deleteAtExit);
    try {
      run.progress("writing " + Figures.count(events) + " access events of " + people + " people");
      SyntheticForce force =
          SyntheticForce.generate(new ForceSpec(people, AccessScale.SEED, AccessScale.AS_OF));
      SyntheticAccess access =
          FindingsStep.calibrated(
              SyntheticAccess.generate(force, new AccessPlan(true, scale.days(), 1.0, 0)), events);
      Path log = work.resolve("access.jsonl");
      long written = ParseThroughput.write(access, LogFormat.JSON_LINES, log);

      AppProcess app = new AppProcess(jar, List.of(), work);
      Path store = work.resolve("store");
      List<String> generate =
          List.of(
              "generate",
              "--data",
              store.toString(),
              "--people",
              Integer.toString(people),
              "--seed",
              Long.toString(AccessScale.SEED));
      run.progress("making the store: " + String.join(" ", generate));
      AppStep.requireSuccess("generate", app.run(generate, TIMEOUT));
      long before = AppStep.size(store);

      List<String> ingest =
          List.of("access", "ingest", "--data", store.toString(), log.toString(), log.toString());
      run.progress("ingesting: " + String.join(" ", app.command(ingest)));
      AppProcess.Finished finished = app.run(ingest, TIMEOUT);
      AppStep.requireSuccess("access ingest", finished);
      long[][] files = parse(finished.out());
      long[] first = files[0];
      long[] again = files[1];
      if (first[0] != written || first[1] != written || again[0] != written || again[1] != 0) {
        throw new IllegalStateException(
            "access ingest: wrote "
                + written
                + " events, but the first ingest read "
                + first[0]
                + " and kept "
                + first[1]
                + ", the second read "
                + again[0]
                + " and kept "
                + again[1]);
      }
      run.report(
          "access ingest (warden access ingest, embedded H2, "
              + Figures.count(written)
              + " events of "
              + Figures.count(people)
              + " people as JSON lines, "
              + Figures.mb(Files.size(log))
              + " MB; one transaction per file): first "
              + Figures.count(first[2])
              + " events/s, all new (target >= "
              + Figures.count(TARGET_PER_SECOND)
              + " events/s: "
              + Figures.verdict(first[2] >= TARGET_PER_SECOND)
              + "); the same file again "
              + Figures.count(again[2])
              + " events/s, all already ingested; store "
              + Figures.mb(before)
              + " MB before, "
              + Figures.mb(AppStep.size(store))
              + " MB after, on disk");
    } finally {
      Runtime.getRuntime().removeShutdownHook(deleteAtExit);
      AppStep.delete(work);
    }
  }

  /** Per file ingested: events read, new, and events per second. */
  private static long[][] parse(String out) {
    Matcher matcher = INGESTED.matcher(out);
    long[][] files = new long[2][];
    for (int i = 0; i < files.length; i++) {
      if (!matcher.find()) {
        throw new IllegalStateException("access ingest did not say what it ingested:\n" + out);
      }
      files[i] =
          new long[] {number(matcher.group(1)), number(matcher.group(2)), number(matcher.group(4))};
    }
    return files;
  }

  /** A count as printed, with any grouping separators. */
  private static long number(String printed) {
    return Long.parseLong(printed.replaceAll("\\D", ""));
  }
}
