package uk.warden.core.trace;

/**
 * Canaries of one extract found in a file: a breach signal whatever else the trace says, since
 * canaries exist only in that extract.
 */
public record CanarySighting(String extractId, int seen, int marked) {}
