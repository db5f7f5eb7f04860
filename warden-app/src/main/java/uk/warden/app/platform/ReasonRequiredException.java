package uk.warden.app.platform;

/**
 * An action the force asks a reason for (viewing a person, exporting a notification list) was asked
 * without one. The API answers 428 saying how to give it; the web app asks for it on a page and
 * comes back.
 */
public class ReasonRequiredException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String action;

  public ReasonRequiredException(String action) {
    super("Give a reason for " + action + ": the force records why personal data is looked at.");
    this.action = action;
  }

  public String action() {
    return action;
  }
}
