package uk.warden.app.breach;

import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uk.warden.app.breach.store.AttributesStore;
import uk.warden.app.platform.ForceSettings;
import uk.warden.app.platform.StoreVersions;
import uk.warden.app.platform.StoreVersions.Topic;
import uk.warden.core.breach.PersonAttributes;

/**
 * The people's breach attributes in memory, rebuilt when people or units change (in any process) or
 * the day turns, since clearances are counted only while valid.
 */
@Component
public class AttributesIndex {

  private final AttributesStore store;
  private final StoreVersions versions;
  private final ForceSettings force;
  private final Clock clock;

  private @Nullable PersonAttributes attributes;
  private long peopleSeen = -1;
  private long registerSeen = -1;
  private @Nullable LocalDate daySeen;

  public AttributesIndex(
      AttributesStore store, StoreVersions versions, ForceSettings force, Clock clock) {
    this.store = store;
    this.versions = versions;
    this.force = force;
    this.clock = clock;
  }

  public synchronized PersonAttributes attributes() {
    long people = versions.version(Topic.PEOPLE);
    long register = versions.version(Topic.REGISTER);
    LocalDate today = LocalDate.now(clock.withZone(force.zone()));
    if (attributes == null
        || people != peopleSeen
        || register != registerSeen
        || !today.equals(daySeen)) {
      attributes = store.load(today);
      peopleSeen = people;
      registerSeen = register;
      daySeen = today;
    }
    return attributes;
  }
}
