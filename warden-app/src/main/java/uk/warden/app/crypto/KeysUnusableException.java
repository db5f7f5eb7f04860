package uk.warden.app.crypto;

/** The keys cannot be found, read or written: a setup problem to tell the user plainly. */
public class KeysUnusableException extends RuntimeException {

  public KeysUnusableException(String message) {
    super(message);
  }
}
