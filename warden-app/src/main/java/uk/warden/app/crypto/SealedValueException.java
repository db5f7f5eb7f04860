package uk.warden.app.crypto;

/** A sealed value that cannot be opened: altered, moved, or sealed under a key no longer held. */
public class SealedValueException extends RuntimeException {

  public SealedValueException(String message) {
    super(message);
  }
}
