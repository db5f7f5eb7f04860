package uk.warden.inspect.content;

/**
 * A file that cannot be read at all: corrupt, truncated, over a {@link Limits limit}, or not what
 * its content claims. The message names the reason in a user's words and never quotes the content;
 * the file is refused as a whole. An encrypted file is not unreadable in this sense: it is reported
 * as {@link HiddenContent#UNINSPECTABLE}, which blocks.
 */
public class UnreadableException extends Exception {

  private static final long serialVersionUID = 1L;

  public UnreadableException(String reason) {
    super(reason);
  }

  public UnreadableException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
