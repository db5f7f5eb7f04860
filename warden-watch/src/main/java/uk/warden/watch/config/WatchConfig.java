package uk.warden.watch.config;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.warden.watch.collect.CollectionRun;
import uk.warden.watch.collect.Collector;

/**
 * A whole watch configuration: the systems in the order written, how to collect them, and where
 * alerts go. Read by {@link WatchConfigReader}.
 */
public record WatchConfig(
    List<WatchedSystem> systems, CollectionRun collection, AlertSettings alerts) {

  public WatchConfig {
    systems = List.copyOf(systems);
    Objects.requireNonNull(collection, "collection");
    Objects.requireNonNull(alerts, "alerts");
  }

  public List<Collector> collectors() {
    return systems.stream().map(WatchedSystem::collector).toList();
  }

  public Optional<WatchedSystem> system(String code) {
    return systems.stream().filter(system -> system.code().equals(code)).findFirst();
  }
}
