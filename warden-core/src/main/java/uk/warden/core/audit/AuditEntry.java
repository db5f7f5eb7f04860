package uk.warden.core.audit;

/**
 * An event in its place in the chain.
 *
 * @param seq the position, from 1 with no gaps
 * @param prevHash the hash of the entry before, or {@link AuditChain#GENESIS} for the first
 * @param hash SHA-256 over the position, the event and {@code prevHash}, in lower-case hex
 */
public record AuditEntry(long seq, AuditEvent event, String prevHash, String hash) {

  public ChainHead head() {
    return new ChainHead(seq, hash);
  }

  /** Whether the hash still matches what the entry says. */
  public boolean intact() {
    return AuditChain.hash(seq, event, prevHash).equals(hash);
  }
}
