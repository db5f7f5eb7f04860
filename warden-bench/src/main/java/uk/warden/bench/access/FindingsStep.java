package uk.warden.bench.access;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import uk.warden.bench.BenchRun;
import uk.warden.bench.BenchStep;
import uk.warden.bench.Figures;
import uk.warden.core.access.AccessEvent;
import uk.warden.core.access.AccessVolumes;
import uk.warden.core.access.ingest.LogFormat;
import uk.warden.core.findings.FindingsEngine;
import uk.warden.core.findings.FindingsInput;
import uk.warden.core.findings.FindingsReport;
import uk.warden.synth.SyntheticForce;
import uk.warden.synth.access.ForceFindingsInput;
import uk.warden.synth.access.PlantedAccess;
import uk.warden.synth.access.SyntheticAccess;

/**
 * Access findings at scale: every standard rule over about a million grants and ten million access
 * events, against the target of under 30 seconds, and the access-log reader's throughput,
 * against the app's ingest target of 100,000 events a second (the reader must leave the store most
 * of that time).
 *
 * <p>The world is the demo force's shape at 100,000 people ({@link AccessScale}): role groups,
 * service accounts, supplier engineers, twelve direct grants per serving account, and a quarter of
 * weekday events, with the demo's problems planted, every one of which must be found or the step
 * fails. Events are never held: they stream from the generator into {@link AccessVolumes} (the
 * aggregation is timed and counted in the total, as if the app had no stored aggregate), then the
 * engine evaluates once, cold, as the app would on a schedule. Custody holdings are left out: the
 * ledger at scale is the impact step's, and the supplier rules cost microseconds per party.
 *
 * <p>Run alone with {@code java -jar warden-bench/target/benchmarks.jar findings} (about two
 * minutes on two cores, most of it generating the events).
 */
public final class FindingsStep implements BenchStep {

  static final int TARGET_SECONDS = 30;
  static final int INGEST_TARGET_PER_SECOND = 100_000;

  @Override
  public String name() {
    return "findings";
  }

  @Override
  public void run(BenchRun run) throws Exception {
    AccessScale scale = run.settings().smoke() ? AccessScale.SMOKE : AccessScale.FULL;
    run.progress("generating " + Figures.count(scale.people()) + " people and their access");
    long start = System.nanoTime();
    SyntheticForce force = SyntheticForce.generate(scale.spec());
    SyntheticAccess access =
        calibrated(SyntheticAccess.generate(force, scale.plan()), scale.events());
    long built = System.nanoTime() - start;
    run.report(
        "access world: "
            + Figures.count(scale.people())
            + " people, "
            + Figures.count(access.principals().size())
            + " principals, "
            + Figures.count(access.grants().size())
            + " grants, "
            + access.planted().size()
            + " planted problems (built in "
            + Figures.seconds(built)
            + ", not measured)");

    findings(run, scale, force, access);
    // The snapshot, volumes and report are garbage now: the reader is measured without them.
    System.gc();
    Path dir = Files.createTempDirectory("warden-bench-access-");
    try {
      SyntheticAccess logged =
          access.withActivity(
              access.plan().activity() * scale.parseEvents() / (double) access.expectedEvents());
      for (LogFormat format : List.of(LogFormat.JSON_LINES, LogFormat.CSV)) {
        ParseThroughput.Result result = ParseThroughput.measure(logged, format, dir);
        run.report(
            "access log read ("
                + (format == LogFormat.CSV ? "CSV" : "JSON lines")
                + ", "
                + Figures.count(result.events())
                + " events, "
                + Figures.mb(result.bytes())
                + " MB; parse, check, fingerprint, aggregate): "
                + Figures.seconds(result.nanos())
                + ", "
                + Figures.count(Math.round(result.perSecond()))
                + " events/s ("
                + String.format(Locale.ROOT, "%.1f", result.perSecond() / INGEST_TARGET_PER_SECOND)
                + "x the app's ingest target of "
                + Figures.count(INGEST_TARGET_PER_SECOND)
                + "/s: "
                + Figures.verdict(result.perSecond() >= INGEST_TARGET_PER_SECOND)
                + ")");
      }
    } finally {
      Files.deleteIfExists(dir);
    }
  }

  /**
   * Feeds the volumes in batches and times only the feeding, so the figure is the aggregation's and
   * not the generator's, while no more than a batch of events is ever held.
   */
  private static final class Aggregation implements java.util.function.Consumer<AccessEvent> {
    private static final int BATCH = 100_000;
    private final AccessVolumes.Builder builder;
    private final List<AccessEvent> batch = new java.util.ArrayList<>(BATCH);
    private long nanos;
    private long events;

    Aggregation(AccessVolumes.Builder builder) {
      this.builder = builder;
    }

    @Override
    public void accept(AccessEvent event) {
      batch.add(event);
      if (batch.size() == BATCH) {
        flush();
      }
    }

    void flush() {
      long start = System.nanoTime();
      for (AccessEvent event : batch) {
        builder.accept(event);
      }
      nanos += System.nanoTime() - start;
      events += batch.size();
      batch.clear();
    }

    long nanos() {
      return nanos;
    }

    long events() {
      return events;
    }
  }

  /** Aggregates the events, evaluates every rule and reports both against the target. */
  private static void findings(
      BenchRun run, AccessScale scale, SyntheticForce force, SyntheticAccess access) {
    System.gc();
    long heapBefore = usedHeap();
    AccessVolumes.Builder builder =
        AccessVolumes.builder(SyntheticAccess.ZONE, (int) Math.min(1 << 26, scale.events() / 3));
    Aggregation aggregation = new Aggregation(builder);
    long start = System.nanoTime();
    access.forEachEvent(aggregation);
    aggregation.flush();
    long generatedAndAggregated = System.nanoTime() - start;
    start = System.nanoTime();
    AccessVolumes volumes = builder.build();
    long aggregated = aggregation.nanos() + System.nanoTime() - start;
    long[] events = {aggregation.events()};
    FindingsInput input = ForceFindingsInput.of(force, access, volumes, false);
    System.gc();
    long heapHeld = usedHeap() - heapBefore;
    run.report(
        "access events: "
            + Figures.count(events[0])
            + " over "
            + scale.days()
            + " days, aggregated into "
            + Figures.count(volumes.cells())
            + " principal-system-days in "
            + Figures.seconds(aggregated)
            + " ("
            + Figures.count(Math.round(events[0] / (aggregated / 1e9)))
            + " events/s; generating them took "
            + Figures.seconds(generatedAndAggregated - aggregation.nanos())
            + ", not measured); snapshot with volumes and directory about "
            + Figures.mb(heapHeld)
            + " MB of heap");

    start = System.nanoTime();
    FindingsReport report = FindingsEngine.standard().evaluate(input);
    long evaluated = System.nanoTime() - start;
    requirePlantedFound(access.planted(), report);
    long total = aggregated + evaluated;
    run.report(
        "findings ("
            + Figures.count(access.grants().size())
            + " grants, "
            + Figures.count(events[0])
            + " events, "
            + report.countsByRule().size()
            + " rules): "
            + Figures.seconds(evaluated)
            + " evaluating + "
            + Figures.seconds(aggregated)
            + " aggregating events = "
            + Figures.seconds(total)
            + " (target < "
            + TARGET_SECONDS
            + " s: "
            + Figures.verdict(total < TARGET_SECONDS * 1_000_000_000L)
            + "); "
            + Figures.count(report.findings().size())
            + " findings, every planted problem among them; slowest rules: "
            + slowest(report));
  }

  /** The same access with its daily activity scaled so the window holds about {@code target}. */
  static SyntheticAccess calibrated(SyntheticAccess access, long target) {
    SyntheticAccess scaled = access;
    // Twice: the share of each group active is rounded and capped, so one step is not exact.
    for (int i = 0; i < 2; i++) {
      scaled =
          scaled.withActivity(scaled.plan().activity() * target / (double) scaled.expectedEvents());
    }
    return scaled;
  }

  private static void requirePlantedFound(List<PlantedAccess> planted, FindingsReport report) {
    for (PlantedAccess plant : planted) {
      boolean found =
          report.byRule(plant.rule()).stream()
              .anyMatch(
                  f ->
                      f.subject().id().equals(plant.subject())
                          && java.util.Objects.equals(f.subject().qualifier(), plant.qualifier()));
      if (!found) {
        throw new IllegalStateException(
            "findings: planted " + plant.rule() + " on " + plant.subject() + " was not found");
      }
    }
  }

  private static String slowest(FindingsReport report) {
    return report.timeByRule().entrySet().stream()
        .sorted(Map.Entry.<String, java.time.Duration>comparingByValue(Comparator.reverseOrder()))
        .limit(3)
        .map(e -> e.getKey() + " " + Figures.seconds(e.getValue().toNanos()))
        .collect(Collectors.joining(", "));
  }

  private static long usedHeap() {
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
