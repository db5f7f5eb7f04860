package uk.warden.app.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code warden.signin.*}: how many failed passwords in a row lock a local account, and for how
 * long.
 */
@ConfigurationProperties("warden.signin")
public record SignInSettings(
    @DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration lockout) {

  public SignInSettings {
    if (maxFailures < 1) {
      throw new IllegalArgumentException("warden.signin.max-failures must be at least 1");
    }
    if (lockout.isNegative() || lockout.isZero()) {
      throw new IllegalArgumentException("warden.signin.lockout must be longer than zero");
    }
  }
}
