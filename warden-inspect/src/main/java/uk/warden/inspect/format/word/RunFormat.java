package uk.warden.inspect.format.word;

import org.jspecify.annotations.Nullable;

/**
 * The run properties that decide whether text can be seen: hidden, its colour and its size in
 * half-points. Null means "not set here", so formats layer: defaults, paragraph style, character
 * style, direct formatting.
 */
record RunFormat(@Nullable Boolean vanish, @Nullable String color, @Nullable Integer halfPoints) {

  static final RunFormat NONE = new RunFormat(null, null, null);

  /** This format applied on top of {@code base}. */
  RunFormat over(RunFormat base) {
    return new RunFormat(
        vanish != null ? vanish : base.vanish,
        color != null ? color : base.color,
        halfPoints != null ? halfPoints : base.halfPoints);
  }

  RunFormat withVanish(boolean value) {
    return new RunFormat(value, color, halfPoints);
  }

  RunFormat withColor(String value) {
    return new RunFormat(vanish, value, halfPoints);
  }

  RunFormat withHalfPoints(int value) {
    return new RunFormat(vanish, color, value);
  }

  boolean hidden() {
    return Boolean.TRUE.equals(vanish);
  }

  boolean white() {
    return color != null && color.equalsIgnoreCase("FFFFFF");
  }

  /** Below 2 points no one reads it; Word's own minimum is 1 point. */
  boolean tiny() {
    return halfPoints != null && halfPoints < 4;
  }
}
