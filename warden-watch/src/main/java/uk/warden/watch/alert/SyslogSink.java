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
import org.jspecify.annotations.Nullable;
import uk.warden.watch.Durations;

/**
 * A way to one syslog receiver, for whole RFC 5424 messages: over UDP one datagram each, over TCP
 * with RFC 6587 octet counting (a length before each message), which survives messages holding line
 * breaks. Alerts open one per message; an audit export sends many through one.
 */
public final class SyslogSink implements AutoCloseable {

  /** The most a datagram carries here; longer messages go over TCP (RFC 5426 asks 2048 of all). */
  public static final int MAX_DATAGRAM = 8192;

  private final SyslogSettings settings;
  private final InetAddress address;
  private final @Nullable DatagramSocket udp;
  private final @Nullable Socket tcp;

  private SyslogSink(
      SyslogSettings settings,
      InetAddress address,
      @Nullable DatagramSocket udp,
      @Nullable Socket tcp) {
    this.settings = settings;
    this.address = address;
    this.udp = udp;
    this.tcp = tcp;
  }

  public static SyslogSink open(SyslogSettings settings) throws IOException {
    InetAddress address = resolve(settings.host());
    if (settings.transport() == SyslogTransport.UDP) {
      return new SyslogSink(settings, address, new DatagramSocket(), null);
    }
    int timeout = (int) Math.min(Integer.MAX_VALUE, settings.timeout().toMillis());
    Socket socket = new Socket();
    try {
      socket.connect(new InetSocketAddress(address, settings.port()), timeout);
      socket.setSoTimeout(timeout);
    } catch (SocketTimeoutException e) {
      socket.close();
      throw new IOException("no connection within " + Durations.format(settings.timeout()), e);
    } catch (IOException e) {
      socket.close();
      throw couldNotSend(e);
    }
    return new SyslogSink(settings, address, null, socket);
  }

  public void send(byte[] message) throws IOException {
    if (udp != null) {
      if (message.length > MAX_DATAGRAM) {
        throw new IOException(
            "a message of " + message.length + " bytes is too big for UDP syslog; use TCP");
      }
      udp.send(new DatagramPacket(message, message.length, address, settings.port()));
      return;
    }
    byte[] length = (message.length + " ").getBytes(StandardCharsets.US_ASCII);
    byte[] frame = new byte[length.length + message.length];
    System.arraycopy(length, 0, frame, 0, length.length);
    System.arraycopy(message, 0, frame, length.length, message.length);
    try {
      OutputStream out = tcp.getOutputStream();
      out.write(frame);
      out.flush();
    } catch (IOException e) {
      throw couldNotSend(e);
    }
  }

  @Override
  public void close() throws IOException {
    if (udp != null) {
      udp.close();
    } else if (tcp != null) {
      try (Socket socket = tcp) {
        socket.shutdownOutput();
      }
    }
  }

  private static IOException couldNotSend(IOException e) {
    return new IOException(
        "could not send: "
            + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : " " + e.getMessage()),
        e);
  }

  private static InetAddress resolve(String host) throws IOException {
    try {
      return InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      throw new IOException("unknown host " + host, e);
    }
  }
}
