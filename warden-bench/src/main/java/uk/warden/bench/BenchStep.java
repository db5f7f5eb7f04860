package uk.warden.bench;

/**
 * One benchmark of the report: it measures, then adds its lines (figure, target, baseline ratio) to
 * the run. The API and cold-CLI benchmarks are further steps, added to {@link BenchMain#STEPS}.
 */
public interface BenchStep {

  /** What the command line calls it: {@code impact}, {@code heap}, {@code sql}. */
  String name();

  void run(BenchRun run) throws Exception;
}
