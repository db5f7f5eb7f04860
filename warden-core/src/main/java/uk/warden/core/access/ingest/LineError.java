package uk.warden.core.access.ingest;

/**
 * Why one line cannot be read. Thrown and caught within a line's parse, so it carries no stack
 * trace: a log with a million bad lines must not pay for a million of them.
 */
public final class LineError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public LineError(String reason) {
    super(reason, null, false, false);
  }
}
