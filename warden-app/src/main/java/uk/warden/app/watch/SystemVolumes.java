package uk.warden.app.watch;

import java.util.List;
import java.util.Map;
import uk.warden.core.register.DataSystem;
import uk.warden.core.watch.VolumeSnapshot;
import uk.warden.watch.alert.Delivery;

/**
 * One system as the watch sees it: its daily series, what explains its falls, what was lost and
 * whom the losses were alerted to.
 */
public record SystemVolumes(
    DataSystem system,
    List<VolumeSnapshot> series,
    List<Explanation> explanations,
    List<WatchFinding> findings,
    Map<Long, List<Delivery>> deliveries) {

  public SystemVolumes {
    series = List.copyOf(series);
    explanations = List.copyOf(explanations);
    findings = List.copyOf(findings);
    deliveries = Map.copyOf(deliveries);
  }

  /** How the finding was alerted, channel by channel; empty if no channel is configured. */
  public List<Delivery> deliveriesOf(long findingId) {
    return deliveries.getOrDefault(findingId, List.of());
  }
}
