package uk.warden.core.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How entries are chained. Each hash covers the entry's position, every field of its event and the
 * hash before it, so changing, dropping, adding or moving an entry breaks a link that {@link
 * ChainVerifier} finds. The encoding is length-prefixed so that no two different entries encode the
 * same bytes (a field ending where the next begins cannot be shifted).
 */
public final class AuditChain {

  /** What the first entry's {@code prevHash} is. */
  public static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  /** The entry that follows the chain's head ({@link ChainHead#EMPTY} for the first). */
  public static AuditEntry append(ChainHead head, AuditEvent event) {
    long seq = head.seq() + 1;
    return new AuditEntry(seq, event, head.hash(), hash(seq, event, head.hash()));
  }

  public static String hash(long seq, AuditEvent e, String prevHash) {
    MessageDigest digest = sha256();
    digest.update(ByteBuffer.allocate(Long.BYTES).putLong(seq).array());
    field(digest, e.at().toString());
    field(digest, e.actor());
    field(digest, e.role());
    field(digest, e.operation() == null ? null : e.operation().name());
    field(digest, e.action());
    list(digest, e.records());
    digest.update(ByteBuffer.allocate(Long.BYTES).putLong(e.recordCount()).array());
    list(digest, e.recipients());
    field(digest, e.channel() == null ? null : e.channel().name());
    field(digest, e.source());
    field(digest, e.reason());
    field(digest, e.outcome().name());
    field(digest, prevHash);
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void list(MessageDigest digest, List<String> values) {
    digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(values.size()).array());
    for (String value : values) {
      field(digest, value);
    }
  }

  private static void field(MessageDigest digest, @Nullable String value) {
    if (value == null) {
      digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(-1).array());
      return;
    }
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
    digest.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
