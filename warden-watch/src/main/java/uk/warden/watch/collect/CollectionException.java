package uk.warden.watch.collect;

/** A system could not be counted: its message names the system and why, never data it holds. */
public class CollectionException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String system;

  public CollectionException(String system, String reason, Throwable cause) {
    super(system + ": " + reason, cause);
    this.system = system;
  }

  public CollectionException(String system, String reason) {
    super(system + ": " + reason);
    this.system = system;
  }

  public String system() {
    return system;
  }
}
