package uk.warden.watch.alert;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import uk.warden.watch.Secret;

/**
 * The HMAC-SHA256 of a webhook body under a secret shared with the receiver, sent as {@code
 * X-Warden-Signature: sha256=<hex>} so the receiver knows the alert came from Warden unaltered.
 */
public final class WebhookSignature {

  public static final String HEADER = "X-Warden-Signature";

  private WebhookSignature() {}

  /** {@code sha256=} and the lower-case hex HMAC of the body. */
  public static String of(byte[] body, Secret secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.reveal().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("every Java runtime has HMAC-SHA256", e);
    }
  }
}
