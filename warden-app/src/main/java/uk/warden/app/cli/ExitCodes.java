package uk.warden.app.cli;

/** The documented exit codes of {@code warden}. */
public final class ExitCodes {

  public static final int OK = 0;
  public static final int BLOCKING_FINDINGS = 1;
  public static final int BAD_INPUT = 2;
  public static final int FAILED = 3;

  private ExitCodes() {}
}
