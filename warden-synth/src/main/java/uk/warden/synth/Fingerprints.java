package uk.warden.synth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stand-in file fingerprints: the SHA-256 of a description of the file. There are no files, but a
 * transfer record carries a fingerprint, and a real-looking one keeps the demo's screens honest.
 */
final class Fingerprints {

  private Fingerprints() {}

  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256.
      throw new IllegalStateException(e);
    }
  }
}
