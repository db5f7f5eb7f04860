package uk.warden.core.custody;

import java.util.Objects;

/**
 * What a deletion attestation covers. Every scope reaches only data the party had received by the
 * time of the deletion: a later transfer is new data, not something already destroyed.
 */
public sealed interface DeletionScope {

  /** Everything the party held: the exit certificate at the end of a contract. */
  record All() implements DeletionScope {}

  /** One transfer's file, whichever of its people the party still held. */
  record OneTransfer(long transferId) implements DeletionScope {}

  /** These people, from every transfer the party had received (an erasure, say). */
  record People(PersonSet people) implements DeletionScope {
    public People {
      Objects.requireNonNull(people, "people");
    }
  }
}
