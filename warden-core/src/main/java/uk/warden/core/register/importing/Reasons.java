package uk.warden.core.register.importing;

/** Turns a reader library's exception into a short, single-line reason for a problem. */
final class Reasons {

  private static final int MAX_LENGTH = 160;

  private Reasons() {}

  static String shorten(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    String text =
        message == null || message.isBlank()
            ? root.getClass().getSimpleName()
            : message.replaceAll("\\s+", " ").trim();
    return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH) + "...";
  }
}
