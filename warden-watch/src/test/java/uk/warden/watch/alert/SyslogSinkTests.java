package uk.warden.watch.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Plain messages (an audit export's lines) through one sink, over UDP and TCP. */
class SyslogSinkTests {

  @Test
  void syslogOverUdpSendsOneDatagramPerMessage() throws Exception {
    try (DatagramSocket collector = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      collector.setSoTimeout(5000);
      SyslogSettings settings =
          settings(SyslogTransport.UDP, collector.getLocalPort(), "warden-host");
      try (SyslogSink sink = SyslogSink.open(settings)) {
        sink.send(
            SyslogMessage.plain(
                Instant.parse("2026-11-02T10:15:30Z"), settings, 6, "audit", "CEF:0|hello"));
      }
      DatagramPacket packet = new DatagramPacket(new byte[9000], 9000);
      collector.receive(packet);
      String got = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
      assertThat(got)
          .isEqualTo("<110>1 2026-11-02T10:15:30Z warden-host warden - audit - CEF:0|hello");
    }
  }

  @Test
  void syslogOverTcpFramesByOctetCount() throws Exception {
    try (ServerSocket collector = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CompletableFuture<String> received =
          CompletableFuture.supplyAsync(
              () -> {
                try (Socket s = collector.accept();
                    BufferedReader in =
                        new BufferedReader(
                            new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8))) {
                  StringBuilder all = new StringBuilder();
                  int c;
                  while ((c = in.read()) >= 0) {
                    all.append((char) c);
                  }
                  return all.toString();
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      SyslogSettings settings = settings(SyslogTransport.TCP, collector.getLocalPort(), "h");
      try (SyslogSink sink = SyslogSink.open(settings)) {
        sink.send(SyslogMessage.plain(Instant.EPOCH, settings, 6, "audit", "one"));
        sink.send(SyslogMessage.plain(Instant.EPOCH, settings, 6, "audit", "two\nlines"));
      }
      String first = "<110>1 1970-01-01T00:00:00Z h warden - audit - one";
      String second = "<110>1 1970-01-01T00:00:00Z h warden - audit - two\nlines";
      assertThat(received.get(5, TimeUnit.SECONDS))
          .isEqualTo(first.length() + " " + first + second.length() + " " + second);
    }
  }

  /** Facility 13 (log audit), as Warden's audit export sends. */
  private static SyslogSettings settings(SyslogTransport transport, int port, String hostname) {
    return new SyslogSettings(
        "127.0.0.1", port, transport, 13, hostname, "warden", Duration.ofSeconds(5));
  }
}
