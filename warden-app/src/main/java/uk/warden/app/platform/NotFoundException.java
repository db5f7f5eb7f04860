package uk.warden.app.platform;

/** Something asked for by code or key does not exist; faces answer 404. */
public class NotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String what;

  public NotFoundException(String what, String message) {
    super(message);
    this.what = what;
  }

  public String what() {
    return what;
  }
}
