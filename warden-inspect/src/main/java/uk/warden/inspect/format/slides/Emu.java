package uk.warden.inspect.format.slides;

import org.jspecify.annotations.Nullable;

/** Lengths in English Metric Units, as DrawingML writes positions and sizes. */
final class Emu {

  private Emu() {}

  static long parse(@Nullable String value, long fallback) {
    if (value == null) {
      return fallback;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException notANumber) {
      return fallback;
    }
  }
}
