package uk.warden.inspect.detect;

import java.util.Set;

/**
 * Finds one type of personal data. Small on purpose: a detector says which {@link Anchor anchors}
 * it wants, parses forward from each by hand and reports candidates; the {@link TextScanner} does
 * context, scoring and overlaps. Implementations are immutable and shared between threads.
 *
 * <p>Plug-ins implement this interface, have a public no-argument constructor and are listed in
 * {@code META-INF/services/uk.warden.inspect.detect.Detector}; {@link DetectorRegistry} finds them.
 */
public interface Detector {

  /** The type every detection of this detector has. */
  EntityType type();

  /** The positions at which the scanner calls {@link #inspect}. */
  Set<Anchor> anchors();

  /**
   * Looks for a candidate at an anchor. {@code [start, wordEnd)} is the word that begins there
   * (letters, digits and underscores); for {@link Anchor#AT_SIGN} it is the {@code @} itself. The
   * detector may read anywhere in {@code text} and may report spans that begin before {@code start}
   * (a {@code +} or {@code (} before a phone number, the local part of an e-mail address). It must
   * not throw on any input.
   */
  void inspect(CharSequence text, int start, int wordEnd, CandidateSink sink);

  /** The name shown in explanations and used in configuration; the class name by default. */
  default String name() {
    return getClass().getSimpleName();
  }

  /**
   * The words worth offering at this detector's anchors (lengths, digits); every word by default.
   * The scanner skips the call for other words, which is most of the speed on prose.
   */
  default WordFilter wordFilter() {
    return WordFilter.any();
  }

  /**
   * True when every rule of this detector requires context and every span it reports starts at the
   * offered word: the scanner then does not call it where no context word of its own is near and
   * the column header has none. False by default.
   */
  default boolean needsContext() {
    return false;
  }

  /** Words that raise or suppress this detector's candidates; none by default. */
  default ContextWords contextWords() {
    return ContextWords.none();
  }
}
