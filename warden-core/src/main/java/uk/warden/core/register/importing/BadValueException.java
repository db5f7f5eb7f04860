package uk.warden.core.register.importing;

/**
 * A cell's text that cannot be read as the value its column needs. The message is shown to the user
 * as the problem's reason, so it must never quote names or pay numbers.
 */
final class BadValueException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  BadValueException(String reason) {
    super(reason, null, false, false);
  }
}
