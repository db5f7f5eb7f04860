package uk.warden.app.disclosure;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;
import uk.warden.app.platform.StoreVersions;
import uk.warden.app.register.PersonFilter;
import uk.warden.app.register.store.PersonStore;
import uk.warden.core.register.IdentifierKind;
import uk.warden.core.register.PersonIdentifier;
import uk.warden.inspect.workforce.WorkforceIndex;

/**
 * The register's people as keyed hashes for the inspector's workforce match, rebuilt when the
 * people change. The key is made at random when the process starts and never leaves it, so the
 * index is worthless outside this process and no roster is handed to the inspector.
 */
@Component
public class WorkforceHashes {

  private final PersonStore people;
  private final StoreVersions versions;
  private final byte[] key = new byte[32];
  private WorkforceIndex index;
  private long version = Long.MIN_VALUE;

  public WorkforceHashes(PersonStore people, StoreVersions versions) {
    this.people = people;
    this.versions = versions;
    new SecureRandom().nextBytes(key);
  }

  public synchronized WorkforceIndex index() {
    long current = versions.version(StoreVersions.Topic.PEOPLE);
    if (index == null || current != version) {
      index = build();
      version = current;
    }
    return index;
  }

  private WorkforceIndex build() {
    WorkforceIndex.Builder builder = WorkforceIndex.builder(key);
    int[] token = {0};
    people.forEach(
        PersonFilter.ALL,
        person -> {
          int t = token[0]++;
          builder.addNames(t, person.forenames(), person.surname());
          builder.add(t, uk.warden.inspect.workforce.IdentifierKind.PAY_NUMBER, person.payNumber());
          for (PersonIdentifier id : person.identifiers()) {
            if (id.kind() == IdentifierKind.COLLAR_NUMBER) {
              builder.add(t, uk.warden.inspect.workforce.IdentifierKind.COLLAR_NUMBER, id.value());
            }
          }
        });
    return builder.build();
  }
}
