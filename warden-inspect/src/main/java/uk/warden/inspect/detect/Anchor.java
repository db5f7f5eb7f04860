package uk.warden.inspect.detect;

/**
 * The kind of position at which the scanner offers the text to a detector. A detector subscribes
 * only to the anchors its identifiers can start at, so a lower-case prose word never reaches the
 * card-number detector.
 */
public enum Anchor {
  /** The first character of a word that starts with an ASCII digit. */
  DIGIT,
  /** The first character of a word that starts with an ASCII capital letter. */
  UPPER,
  /** The first character of a word that starts with an ASCII lower-case letter. */
  LOWER,
  /** An {@code @} sign; the detector looks both ways from it. */
  AT_SIGN
}
