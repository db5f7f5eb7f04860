package uk.warden.app.platform;

/**
 * A well-formed request that the state of what it acts on refuses: approving a blocked file, a
 * second approval by the same person, a decision on a file already decided. Faces answer 409 with
 * {@code type} ending in {@link #problem()}, so a script can tell the cases apart without parsing
 * the message.
 */
public class RefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String problem;

  /**
   * @param problem a short lower-case slug naming the case, e.g. {@code blocked}
   * @param message a sentence for people, saying what to do instead
   */
  public RefusedException(String problem, String message) {
    super(message);
    this.problem = problem;
  }

  public String problem() {
    return problem;
  }
}
