package uk.warden.watch.config;

import java.util.Objects;
import uk.warden.watch.collect.Collector;
import uk.warden.watch.manifest.CaseRule;

/**
 * A system the watch counts: its register code, the collector that counts it, and how its paths map
 * to cases when a migration's manifests are compared.
 */
public record WatchedSystem(String code, Collector collector, CaseRule cases) {

  public WatchedSystem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(collector, "collector");
    Objects.requireNonNull(cases, "cases");
    if (!collector.system().equals(code)) {
      throw new IllegalArgumentException("the collector counts another system");
    }
  }
}
