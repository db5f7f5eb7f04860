package uk.warden.watch;

import java.util.Objects;

/**
 * A password or shared key read from the environment. It never prints itself, so a settings record
 * that holds one can be logged or shown in an error without leaking it.
 */
public final class Secret {

  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  public static Secret of(String value) {
    return new Secret(Objects.requireNonNull(value, "value"));
  }

  /** The secret itself, for the one call that needs it. */
  public String reveal() {
    return value;
  }

  /**
   * Replaces the secret in text from elsewhere (a driver's error message, say) before showing it.
   */
  public String scrub(String text) {
    return value.isEmpty() ? text : text.replace(value, "***");
  }

  @Override
  public String toString() {
    return "***";
  }
}
