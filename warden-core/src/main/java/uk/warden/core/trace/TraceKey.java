package uk.warden.core.trace;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret behind every mark: keyed hashes of person keys, each extract's order salt and the
 * seeds its canaries grow from. Whoever lacks it can neither match people in an index nor forge or
 * predict another extract's marks.
 */
public final class TraceKey {

  private static final String ALGORITHM = "HmacSHA256";
  private static final int MIN_BYTES = 16;

  private final SecretKeySpec secret;
  // A Mac is not thread-safe and costly to set up; one per thread keeps hashing at a microsecond.
  private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

  public TraceKey(byte[] secret) {
    if (secret.length < MIN_BYTES) {
      throw new IllegalArgumentException(
          "a trace key needs at least " + MIN_BYTES + " bytes, not " + secret.length);
    }
    this.secret = new SecretKeySpec(secret.clone(), ALGORITHM);
    newMac();
  }

  /** The first 64 bits of HMAC-SHA256 of {@code message}. */
  long hash(String message) {
    byte[] digest = macs.get().doFinal(message.getBytes(StandardCharsets.UTF_8));
    return ByteBuffer.wrap(digest).getLong();
  }

  /** Salts the extract's row order, so two extracts of the same people are ordered apart. */
  long orderSalt(String extractId) {
    return hash("order|" + extractId);
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(secret);
      return mac;
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 is unavailable in this Java runtime", e);
    }
  }
}
