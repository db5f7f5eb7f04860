package uk.warden.app.disclosure;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.warden.app.crypto.Keyring;
import uk.warden.app.platform.StoreVersions;
import uk.warden.app.register.store.PersonStore;
import uk.warden.inspect.workforce.IdentifierKind;
import uk.warden.inspect.workforce.WorkforceIndex;

/**
 * The register's people as keyed hashes for the inspector's workforce match, rebuilt when the
 * people change. It is built from the hashes the store keeps of each person's names and collar
 * numbers (made with the keyring's HMAC key as they were written), so no roster of names is read or
 * opened; the inspector hashes what it finds in a file with the same key and looks it up. Only pay
 * numbers, kept plain, are hashed here.
 */
@Component
public class WorkforceHashes {

  private final PersonStore people;
  private final StoreVersions versions;
  private final Keyring keys;
  private WorkforceIndex index;
  private long version = Long.MIN_VALUE;

  public WorkforceHashes(PersonStore people, StoreVersions versions, Keyring keys) {
    this.people = people;
    this.versions = versions;
    this.keys = keys;
  }

  public synchronized WorkforceIndex index() {
    long current = versions.version(StoreVersions.Topic.PEOPLE);
    if (index == null || current != version) {
      index = build();
      version = current;
    }
    return index;
  }

  /**
   * Each person gets an opaque token (not the register's id), so distinct people can be counted.
   */
  private WorkforceIndex build() {
    WorkforceIndex.Builder builder = keys.workforceIndex();
    Map<Integer, Integer> tokens = new HashMap<>();
    people.forEachPayNumber(
        (id, payNumber) -> builder.add(token(tokens, id), IdentifierKind.PAY_NUMBER, payNumber));
    people.forEachWorkforceTerm((id, kind, hash) -> builder.addHash(token(tokens, id), kind, hash));
    return builder.build();
  }

  private static int token(Map<Integer, Integer> tokens, int personId) {
    return tokens.computeIfAbsent(personId, id -> tokens.size());
  }
}
