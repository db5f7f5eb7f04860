/**
 * The keys that protect what Warden keeps: an AEAD keyset that seals names and identifiers at rest,
 * and an HMAC key for the keyed hashes (blind indexes) that search and the workforce match use
 * instead of plaintext. Both live outside the database: a key file beside the data folder, a file
 * named by {@code WARDEN_KEY_FILE}, or the {@code WARDEN_KEYSET} environment variable.
 */
@NullMarked
package uk.warden.app.crypto;

import org.jspecify.annotations.NullMarked;
