package uk.warden.inspect.format.sheet;

import uk.warden.inspect.content.UnreadableException;

/**
 * Why a file cannot be read, raised deep inside a parse (a limit met, a damaged part). Unchecked so
 * that it passes through XML parsers and stream callbacks untouched; readers turn it into an {@link
 * UnreadableException} with the same reason, which never quotes content.
 */
final class Refusal extends RuntimeException {

  private static final long serialVersionUID = 1L;

  Refusal(String reason) {
    super(reason, null, false, false);
  }

  UnreadableException unreadable() {
    return new UnreadableException(getMessage());
  }
}
