package uk.warden.app.register.store;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import uk.warden.app.crypto.Keyring;
import uk.warden.core.register.Person;
import uk.warden.core.register.PersonIdentifier;

/**
 * The part of a person that names them: surname, forenames, photo reference and identifiers. It is
 * sealed as one value (one AEAD operation per person, which keeps a million-person load fast) bound
 * to the person's id, so a sealed value copied to another row does not open.
 */
record SealedDetails(
    String surname,
    String forenames,
    @Nullable String photoRef,
    List<PersonIdentifier> identifiers) {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  static SealedDetails of(Person p) {
    return new SealedDetails(p.surname(), p.forenames(), p.photoRef(), p.identifiers());
  }

  byte[] seal(Keyring keys, int personId) {
    return keys.seal(JSON.writeValueAsBytes(this), context(personId));
  }

  static SealedDetails open(Keyring keys, int personId, byte @Nullable [] sealed) {
    if (sealed == null) {
      throw new IllegalStateException(
          "person " + personId + " is not sealed yet: start Warden once with its key to seal it");
    }
    String json = new String(keys.open(sealed, context(personId)), StandardCharsets.UTF_8);
    return JSON.readValue(json, SealedDetails.class);
  }

  /** The associated data: which record and which field. */
  static String context(int personId) {
    return "person:" + personId + ":sealed";
  }
}
