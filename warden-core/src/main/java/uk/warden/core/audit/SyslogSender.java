package uk.warden.core.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;

/**
 * Sends lines to a syslog collector as RFC 5424 messages: over UDP one datagram each, over TCP with
 * RFC 6587 octet counting (a length before each message), which survives messages that contain
 * newlines. TLS is left to a local forwarder (rsyslog, syslog-ng), which also buffers when the
 * collector is down.
 */
public final class SyslogSender implements AutoCloseable {

  /** facility 13 (log audit), severity 6 (informational). */
  private static final int PRIORITY = 13 * 8 + 6;

  private static final int UDP_LIMIT = 8192;

  private final String host;
  private final boolean tcp;
  private final InetSocketAddress address;
  private final DatagramSocket udp;
  private final Socket socket;
  private final OutputStream stream;

  private SyslogSender(URI target, String localHost) throws IOException {
    String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("udp") && !scheme.equals("tcp") || target.getHost() == null) {
      throw new IllegalArgumentException(
          "a syslog target looks like udp://host:514 or tcp://host:601");
    }
    this.host = localHost;
    this.tcp = scheme.equals("tcp");
    this.address =
        new InetSocketAddress(
            target.getHost(), target.getPort() < 0 ? (tcp ? 601 : 514) : target.getPort());
    if (tcp) {
      this.socket = new Socket();
      socket.connect(address, 10_000);
      this.stream = socket.getOutputStream();
      this.udp = null;
    } else {
      this.udp = new DatagramSocket();
      this.socket = null;
      this.stream = null;
    }
  }

  public static SyslogSender open(URI target, String localHost) throws IOException {
    return new SyslogSender(target, localHost);
  }

  public void send(Instant at, String message) throws IOException {
    byte[] bytes =
        ("<" + PRIORITY + ">1 " + at + " " + host + " warden - audit - " + message)
            .getBytes(StandardCharsets.UTF_8);
    if (tcp) {
      stream.write((bytes.length + " ").getBytes(StandardCharsets.US_ASCII));
      stream.write(bytes);
    } else {
      if (bytes.length > UDP_LIMIT) {
        throw new IOException(
            "an audit message of " + bytes.length + " bytes is too big for UDP syslog; use tcp://");
      }
      udp.send(new DatagramPacket(bytes, bytes.length, address));
    }
  }

  @Override
  public void close() throws IOException {
    if (tcp) {
      stream.flush();
      socket.close();
    } else {
      udp.close();
    }
  }
}
