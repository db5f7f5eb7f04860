package uk.warden.app.crypto;

/**
 * Where the keys are kept, always outside the database: a copy of the database alone must reveal no
 * names. The embedded setup uses a {@link KeyFile}; a deployment may give the whole keyset in
 * {@code WARDEN_KEYSET} ({@link KeysetVariable}).
 *
 * <p>This is also the seam for a key management service. A KMS-backed source would store {@link
 * Keys#toJson()} encrypted under a key that never leaves the KMS (Tink's {@code
 * TinkJsonProtoKeysetFormat.serializeEncryptedKeyset} with the {@code Aead} of a Tink {@code
 * KmsClient} for AWS KMS, Google Cloud KMS or an HSM), and decrypt it in {@link #load}. Nothing
 * else changes: the keyring holds the opened keys in memory either way.
 */
public interface KeySource {

  /** The keys; a source that may create them does so on first use. */
  Keys load();

  /** Replaces the keys in one step, so a reader sees the old keys or the new, never half. */
  void save(Keys keys);

  /** Whether {@link #save} can work; a keyset given in the environment cannot be rewritten. */
  boolean writable();

  /**
   * A stamp that changes when someone else replaces the keys (a rotation run by another process),
   * so a long-running server notices; sources that cannot change return a constant.
   */
  long stamp();

  /** Where the keys are, for messages; never their content. */
  String describe();
}
