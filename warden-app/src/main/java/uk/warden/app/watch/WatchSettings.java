package uk.warden.app.watch;

import java.nio.file.Path;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.warden.watch.collect.CollectionRun;
import uk.warden.watch.config.AlertSettings;
import uk.warden.watch.config.WatchConfig;
import uk.warden.watch.config.WatchConfigReader;
import uk.warden.watch.config.WatchedSystem;
import uk.warden.watch.manifest.CaseRule;

/**
 * The watch configuration the server runs with ({@code WARDEN_WATCH_CONFIG}): where alerts go, and
 * how each system's paths map to cases. Without one, alerts are only recorded and a case is a
 * path's first folder.
 */
@Component
public class WatchSettings {

  private final WatchConfig config;

  public WatchSettings(@Value("${warden.watch.config:}") String file) {
    this.config =
        file.isBlank()
            ? new WatchConfig(List.of(), CollectionRun.standard(), AlertSettings.NONE)
            : WatchConfigReader.read(Path.of(file));
  }

  public AlertSettings alerts() {
    return config.alerts();
  }

  /** How the system's paths map to cases when its migration manifests are compared. */
  public CaseRule cases(String system) {
    return config.system(system).map(WatchedSystem::cases).orElse(CaseRule.firstFolder());
  }
}
