package uk.warden.core.watch;

import uk.warden.core.register.Classification;
import uk.warden.core.register.Marking;

/**
 * How grave a loss is, from its size and what the data is marked: a tenth of a system, or ten
 * thousand objects, is high whatever it holds; anything above OFFICIAL raises a loss one level.
 */
public enum LossSeverity {
  LOW,
  MEDIUM,
  HIGH;

  static LossSeverity of(long objects, double fraction, Marking marking) {
    LossSeverity size =
        fraction >= 0.10 || objects >= 10_000
            ? HIGH
            : fraction >= 0.01 || objects >= 1_000 ? MEDIUM : LOW;
    boolean protectedData =
        marking.sensitive() || marking.classification() != Classification.OFFICIAL;
    if (protectedData && size != HIGH) {
      return values()[size.ordinal() + 1];
    }
    return size;
  }
}
