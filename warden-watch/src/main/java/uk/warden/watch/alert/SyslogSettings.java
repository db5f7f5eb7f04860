package uk.warden.watch.alert;

import java.time.Duration;
import java.util.Objects;

/**
 * A syslog receiver (a SIEM's collector, rsyslog) and how the alert's messages are labelled.
 *
 * @param facility 0 to 23; {@link #DEFAULT_FACILITY} is local0, the usual one for an application
 * @param hostname the HOSTNAME field: this machine's name, as the receiver should know it
 * @param appName the APP-NAME field
 * @param timeout for connecting and writing over TCP
 */
public record SyslogSettings(
    String host,
    int port,
    SyslogTransport transport,
    int facility,
    String hostname,
    String appName,
    Duration timeout) {

  public static final int DEFAULT_PORT = 514;
  public static final int DEFAULT_FACILITY = 16;
  public static final String DEFAULT_APP_NAME = "warden";
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  public SyslogSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(transport, "transport");
    Objects.requireNonNull(hostname, "hostname");
    Objects.requireNonNull(appName, "appName");
    Objects.requireNonNull(timeout, "timeout");
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException("a port is 1 to 65535");
    }
    if (facility < 0 || facility > 23) {
      throw new IllegalArgumentException("a syslog facility is 0 to 23");
    }
  }
}
