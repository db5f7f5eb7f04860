package uk.warden.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import uk.warden.core.breach.Impact;
import uk.warden.core.breach.ImpactEngine;
import uk.warden.core.breach.Incident;
import uk.warden.core.breach.RiskMatrix;
import uk.warden.synth.SyntheticLedger;

/**
 * The in-memory impact computation of the target (under 20 ms): exposed people, categories,
 * certain and possible, tiers, every aggregate and the evidence, for one incident over the whole
 * ledger. The ledger is built once per trial, outside the measurement, as the server builds its
 * index once at start. Five warm-up and five measured iterations of 2 s, one fork per incident:
 * about a minute in all on 2 cores.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ImpactBenchmark {

  /** A {@link BenchScale} name. */
  @Param("NATIONAL")
  public String scale = BenchScale.NATIONAL.name();

  /** A {@link BenchIncident} name. */
  @Param({"UNKNOWN_WINDOW", "KNOWN_WINDOW"})
  public String incident = BenchIncident.UNKNOWN_WINDOW.name();

  private SyntheticLedger ledger;
  private Incident chosen;
  private RiskMatrix matrix;

  @Setup(Level.Trial)
  public void build() {
    ledger = BenchScale.valueOf(scale).build();
    chosen = BenchIncident.valueOf(incident).of(ledger);
    // Parsed once, as a running server holds it.
    matrix = RiskMatrix.standard();
  }

  @Benchmark
  public Impact assess() {
    return ImpactEngine.assess(chosen, ledger.ledger(), ledger.attributes(), matrix, ledger.now());
  }
}
