package uk.warden.app.signin;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code warden.session.*}: a web session ends after {@code idleTimeout} without a request (the
 * servlet container's session time-out, set from this in application.yaml) and, however busy,
 * {@code absoluteTimeout} after sign-in.
 */
@ConfigurationProperties("warden.session")
public record SessionSettings(
    @DefaultValue("30m") Duration idleTimeout, @DefaultValue("8h") Duration absoluteTimeout) {

  public SessionSettings {
    if (idleTimeout.isNegative() || idleTimeout.isZero()) {
      throw new IllegalArgumentException("warden.session.idle-timeout must be longer than zero");
    }
    if (absoluteTimeout.isNegative() || absoluteTimeout.isZero()) {
      throw new IllegalArgumentException(
          "warden.session.absolute-timeout must be longer than zero");
    }
  }
}
