package uk.warden.watch.manifest;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a stream, read in fixed chunks so a file of any size hashes in the same small memory.
 * One instance reuses its buffer and digest: give each thread its own.
 */
public final class ContentHash {

  private static final int CHUNK = 64 * 1024;

  private final byte[] buffer = new byte[CHUNK];
  private final MessageDigest digest;

  public ContentHash() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** The stream's SHA-256 in lower-case hex; the stream is read to its end, not closed. */
  public String sha256(InputStream in) throws IOException {
    digest.reset();
    for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
      digest.update(buffer, 0, read);
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
