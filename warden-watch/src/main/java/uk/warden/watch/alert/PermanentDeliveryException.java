package uk.warden.watch.alert;

import java.io.IOException;

/**
 * The receiver refused the alert in a way that trying again cannot fix (a 400, a bad login, an
 * unknown recipient): the dispatcher records it at once instead of retrying.
 */
public class PermanentDeliveryException extends IOException {

  private static final long serialVersionUID = 1L;

  public PermanentDeliveryException(String message) {
    super(message);
  }

  public PermanentDeliveryException(String message, Throwable cause) {
    super(message, cause);
  }
}
