package uk.warden.app.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.RegistryConfiguration;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import uk.warden.core.trace.TraceKey;
import uk.warden.inspect.workforce.WorkforceIndex;

/**
 * The keys in use, held in memory: seals and opens values, and makes the keyed hashes. Another
 * process may rotate the keys while this one runs (a {@code keys rotate} beside {@code serve}), so
 * the keys are read again when a value names a key not held, and when the source's stamp changes
 * (checked at most once a second), which is how a server starts sealing under a new primary key.
 */
public final class Keyring {

  private static final long RECHECK_NANOS = 1_000_000_000L;

  /** Tink's prefix on every ciphertext: a version byte, then the id of the key that sealed it. */
  private static final int PREFIX = 5;

  private final KeySource source;
  private volatile Held held;

  private record Held(Keys keys, Aead aead, Set<Integer> ids, byte[] indexKey, long stamp) {}

  private volatile long checkedAt = System.nanoTime();

  public Keyring(KeySource source) {
    this.source = source;
    this.held = hold(source.load(), source.stamp());
  }

  public KeySource source() {
    return source;
  }

  public Keys keys() {
    return current().keys();
  }

  /** Seals a value under the primary key, bound to {@code context} (which record and field). */
  public byte[] seal(byte[] plaintext, String context) {
    try {
      return current().aead().encrypt(plaintext, context.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot seal " + context, e);
    }
  }

  /**
   * Opens a sealed value. Refused when the value was altered, was sealed for another context (moved
   * from another record), or was sealed under a key the keyset no longer holds.
   */
  public byte[] open(byte[] sealed, String context) {
    Held keys = current();
    int keyId = keyId(sealed);
    if (!keys.ids().contains(keyId)) {
      keys = reload();
      if (!keys.ids().contains(keyId)) {
        throw new SealedValueException(
            context
                + " was sealed under key "
                + Integer.toUnsignedString(keyId)
                + ", which the "
                + source.describe()
                + " does not hold: it was retired, or this is the wrong key file");
      }
    }
    try {
      return keys.aead().decrypt(sealed, context.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new SealedValueException(
          context + " cannot be opened: it was altered or belongs to another record");
    }
  }

  /** The id of the key that sealed a value, from Tink's prefix; 0 if it has none. */
  public static int keyId(byte[] sealed) {
    return sealed.length < PREFIX ? 0 : ByteBuffer.wrap(sealed, 1, 4).getInt();
  }

  /** A hasher for the keyed hashes the store keeps; one per thread. */
  public WorkforceIndex.Hasher hasher() {
    return WorkforceIndex.hasher(current().indexKey());
  }

  /** An empty workforce index under the same key, to fill with stored hashes. */
  public WorkforceIndex.Builder workforceIndex() {
    return WorkforceIndex.builder(current().indexKey());
  }

  /**
   * The secret that makes and finds extracts' canaries and row order, derived from the hashing key:
   * one secret outside the store for everything keyed, and a copy of the store alone cannot strip
   * an extract's marks. The hashing key is never rotated, so old extracts stay traceable.
   */
  public TraceKey traceKey() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(current().indexKey(), "HmacSHA256"));
      return new TraceKey(
          mac.doFinal("warden extract tracing v1".getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime has HmacSHA256", e);
    }
  }

  /** Makes these the keys in use, saving them first so that other processes can follow. */
  public synchronized void replace(Keys keys) {
    source.save(keys);
    held = hold(keys, source.stamp());
  }

  private Held current() {
    long now = System.nanoTime();
    if (now - checkedAt > RECHECK_NANOS) {
      checkedAt = now;
      if (source.stamp() != held.stamp()) {
        return reload();
      }
    }
    return held;
  }

  private synchronized Held reload() {
    held = hold(source.load(), source.stamp());
    return held;
  }

  private static Held hold(Keys keys, long stamp) {
    try {
      Aead aead = keys.sealing().getPrimitive(RegistryConfiguration.get(), Aead.class);
      return new Held(keys, aead, Set.copyOf(keys.sealingIds()), keys.indexKey(), stamp);
    } catch (GeneralSecurityException e) {
      throw new KeysUnusableException("the sealing keyset cannot be used: " + e.getMessage());
    }
  }
}
