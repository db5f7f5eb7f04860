package uk.warden.watch.alert;

import java.io.IOException;
import java.util.Locale;
import java.util.Objects;

/**
 * Sends the alert to a syslog receiver as one RFC 5424 message, over UDP or over TCP with RFC 6587
 * octet-counting framing (a new connection per alert: alerts are rare, and a long-lived connection
 * would need watching for the receiver dropping it). UDP cannot tell whether the message arrived,
 * so there a "delivered" only means sent.
 */
public final class SyslogChannel implements AlertChannel {

  /** RFC 5426: every receiver should take 2048 octets; longer messages may be cut or dropped. */
  public static final int MAX_DATAGRAM = 2048;

  /** Far above any alert; a bound so a runaway summary cannot make a huge frame. */
  static final int MAX_FRAME = 64 * 1024;

  private final SyslogSettings settings;
  private final long pid = ProcessHandle.current().pid();

  public SyslogChannel(SyslogSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  public SyslogSettings settings() {
    return settings;
  }

  @Override
  public String name() {
    return "syslog "
        + settings.transport().name().toLowerCase(Locale.ROOT)
        + "://"
        + settings.host()
        + ":"
        + settings.port();
  }

  @Override
  public void send(Alert alert) throws IOException {
    int max = settings.transport() == SyslogTransport.UDP ? MAX_DATAGRAM : MAX_FRAME;
    try (SyslogSink sink = SyslogSink.open(settings)) {
      sink.send(SyslogMessage.format(alert, settings, pid, max));
    }
  }
}
