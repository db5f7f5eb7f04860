package uk.warden.core.audit;

/**
 * The last entry's position and hash, kept apart from the entries (and in every SIEM export) so
 * that entries cut from the end are missed: a chain alone cannot tell that it once was longer.
 */
public record ChainHead(long seq, String hash) {

  public static final ChainHead EMPTY = new ChainHead(0, AuditChain.GENESIS);
}
