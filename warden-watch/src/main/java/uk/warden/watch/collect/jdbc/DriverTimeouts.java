package uk.warden.watch.collect.jdbc;

import java.time.Duration;
import java.util.Properties;

/**
 * Login and network timeouts as each driver spells them. {@code DriverManager.setLoginTimeout}
 * would do for all drivers, but it is one setting for the whole JVM, and collectors with different
 * timeouts run at once; so the timeouts go into each connection's own properties, for the drivers
 * that take them. Any other driver still has the query timeout, which JDBC defines for all.
 */
final class DriverTimeouts {

  private DriverTimeouts() {}

  /** Adds the driver's timeout properties, leaving any the configuration already set. */
  static void apply(String url, Duration login, Duration query, Properties properties) {
    // The socket timeout is a backstop for a server that goes silent mid-query (a dropped network),
    // where cancelling cannot reach it: longer than the query timeout, so that acts first.
    Duration backstop = query.plus(login).plusSeconds(5);
    if (url.startsWith("jdbc:postgresql:")) {
      properties.putIfAbsent("loginTimeout", String.valueOf(seconds(login)));
      properties.putIfAbsent("connectTimeout", String.valueOf(seconds(login)));
      properties.putIfAbsent("socketTimeout", String.valueOf(seconds(backstop)));
    } else if (url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:")) {
      properties.putIfAbsent("connectTimeout", String.valueOf(login.toMillis()));
      properties.putIfAbsent("socketTimeout", String.valueOf(backstop.toMillis()));
    }
  }

  /** JDBC counts whole seconds; anything shorter is one, as zero would mean no timeout at all. */
  static int seconds(Duration duration) {
    return (int) Math.min(Integer.MAX_VALUE, Math.max(1, (duration.toMillis() + 999) / 1000));
  }
}
