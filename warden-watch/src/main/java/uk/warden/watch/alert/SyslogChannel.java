package uk.warden.watch.alert;

import java.io.IOException;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import uk.warden.watch.Durations;

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
    if (settings.transport() == SyslogTransport.UDP) {
      sendDatagram(SyslogMessage.format(alert, settings, pid, MAX_DATAGRAM));
    } else {
      sendFramed(SyslogMessage.format(alert, settings, pid, MAX_FRAME));
    }
  }

  private void sendDatagram(byte[] message) throws IOException {
    InetAddress address = resolve();
    try (DatagramSocket socket = new DatagramSocket()) {
      socket.send(new DatagramPacket(message, message.length, address, settings.port()));
    }
  }

  private void sendFramed(byte[] message) throws IOException {
    int timeout = (int) Math.min(Integer.MAX_VALUE, settings.timeout().toMillis());
    byte[] length = (message.length + " ").getBytes(StandardCharsets.US_ASCII);
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(resolve(), settings.port()), timeout);
      socket.setSoTimeout(timeout);
      OutputStream out = socket.getOutputStream();
      byte[] frame = new byte[length.length + message.length];
      System.arraycopy(length, 0, frame, 0, length.length);
      System.arraycopy(message, 0, frame, length.length, message.length);
      out.write(frame);
      out.flush();
      socket.shutdownOutput();
    } catch (SocketTimeoutException e) {
      throw new IOException("no connection within " + Durations.format(settings.timeout()), e);
    } catch (IOException e) {
      throw new IOException(
          "could not send: "
              + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : " " + e.getMessage()),
          e);
    }
  }

  private InetAddress resolve() throws IOException {
    try {
      return InetAddress.getByName(settings.host());
    } catch (UnknownHostException e) {
      throw new IOException("unknown host " + settings.host(), e);
    }
  }
}
