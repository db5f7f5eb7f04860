package uk.warden.core.audit;

/**
 * The first place where the chain no longer holds.
 *
 * @param seq the first entry altered, removed, inserted or moved
 * @param kind what was done
 * @param detail one sentence for the auditor, without record content
 */
public record ChainBreak(long seq, Tamper kind, String detail) {}
