package uk.warden.bench;

import java.util.Arrays;
import uk.warden.core.breach.ImpactEngine;
import uk.warden.core.breach.Incident;
import uk.warden.core.breach.RiskMatrix;
import uk.warden.synth.SyntheticLedger;

/**
 * A rough in-process timing of one impact, for a baseline ratio when the run has no JMH figure (the
 * SQL step alone, or the smoke run). The median of a few runs after a few warm-ups: good enough for
 * a ratio of two orders of magnitude, not a benchmark.
 */
public final class EngineTimer {

  private static final int WARMUPS = 5;
  private static final int RUNS = 15;

  private EngineTimer() {}

  public static double medianMillis(SyntheticLedger ledger, Incident incident) {
    RiskMatrix matrix = RiskMatrix.standard();
    long[] nanos = new long[RUNS];
    for (int i = -WARMUPS; i < RUNS; i++) {
      long start = System.nanoTime();
      ImpactEngine.assess(incident, ledger.ledger(), ledger.attributes(), matrix, ledger.now());
      if (i >= 0) {
        nanos[i] = System.nanoTime() - start;
      }
    }
    Arrays.sort(nanos);
    return nanos[RUNS / 2] / 1e6;
  }
}
