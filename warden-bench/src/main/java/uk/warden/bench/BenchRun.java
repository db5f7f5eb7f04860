package uk.warden.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.warden.synth.SyntheticLedger;

/**
 * What the steps of one run share: the settings, the ledger (built once, on first use), the
 * in-memory impact times that every baseline ratio divides by, and the report.
 */
public final class BenchRun {

  /** An in-memory impact time and where it came from ("JMH", or a rough in-process timing). */
  public record ImpactTime(double millis, String source) {}

  private final BenchSettings settings;
  private final PrintStream out;
  private final List<String> report = new ArrayList<>();
  private final Map<BenchIncident, ImpactTime> impactTimes = new EnumMap<>(BenchIncident.class);
  private @Nullable SyntheticLedger ledger;

  public BenchRun(BenchSettings settings, PrintStream out) {
    this.settings = settings;
    this.out = out;
  }

  public BenchSettings settings() {
    return settings;
  }

  /** The ledger of the run's scale in this JVM; the first call builds it and reports its shape. */
  public SyntheticLedger ledger() {
    if (ledger == null) {
      progress("building the " + settings.scale().describe() + " ledger");
      long start = System.nanoTime();
      ledger = settings.scale().build();
      report(
          LedgerShape.describe(ledger)
              + " (built in "
              + Figures.seconds(System.nanoTime() - start)
              + ")");
    }
    return ledger;
  }

  /** Records the JMH figure for an incident, in ms/op. */
  public void impactMeasured(BenchIncident incident, double millis) {
    impactTimes.put(incident, new ImpactTime(millis, "JMH"));
  }

  /**
   * The JMH figure when the impact step ran first; otherwise a rough in-process timing, taken once
   * and reused, so a baseline step run on its own still has a ratio.
   */
  public ImpactTime impactTime(BenchIncident incident) {
    return impactTimes.computeIfAbsent(
        incident,
        key ->
            new ImpactTime(
                EngineTimer.medianMillis(ledger(), key.of(ledger())),
                "timed in-process, no JMH figure this run"));
  }

  /** A line of the final report. */
  public void report(String line) {
    report.add(line);
    progress(line);
  }

  /** A line of the final report that several steps may give; it appears once. */
  public void reportOnce(String line) {
    if (!report.contains(line)) {
      report(line);
    }
  }

  /** A line shown now and not repeated in the report. */
  public void progress(String line) {
    out.println("[bench] " + line);
  }

  public List<String> reportLines() {
    return Collections.unmodifiableList(report);
  }
}
