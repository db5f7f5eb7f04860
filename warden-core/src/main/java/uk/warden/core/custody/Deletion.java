package uk.warden.core.custody;

import java.time.Instant;
import java.util.Objects;
import uk.warden.core.register.RegisterCodes;

/**
 * A party's attestation that at {@code at} it destroyed what {@code scope} covers, with the
 * evidence for it (a destruction certificate reference, say). Without one, data stays held in the
 * ledger's eyes however long ago the agreement ended.
 */
public record Deletion(long id, String party, Instant at, DeletionScope scope, String evidence) {

  public Deletion {
    RegisterCodes.requireValid(party, "party");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(scope, "scope");
    if (evidence == null || evidence.isBlank()) {
      throw new IllegalArgumentException("deletion " + id + " has no evidence");
    }
  }

  /**
   * Whether this deletion reaches {@code transfer} at all (which of its people is a later step).
   */
  boolean reaches(Transfer transfer) {
    if (!transfer.toParty().equals(party) || transfer.at().isAfter(at)) {
      return false;
    }
    return !(scope instanceof DeletionScope.OneTransfer one) || one.transferId() == transfer.id();
  }

  /** Keeps the evidence text out of logs: it may name the person who signed the certificate. */
  @Override
  public String toString() {
    return "Deletion[id=" + id + ", party=" + party + ", at=" + at + ", scope=" + describe() + "]";
  }

  String describe() {
    if (scope instanceof DeletionScope.OneTransfer one) {
      return "transfer " + one.transferId();
    }
    if (scope instanceof DeletionScope.People people) {
      return people.people().size() + " people";
    }
    return "all held";
  }
}
