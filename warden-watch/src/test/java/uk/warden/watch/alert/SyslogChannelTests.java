package uk.warden.watch.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The syslog channel against real UDP and TCP receivers started in the test. */
class SyslogChannelTests {

  /** RFC 5424 section 6: HEADER SP STRUCTURED-DATA [SP MSG], MSG starting with the UTF-8 BOM. */
  private static final Pattern RFC_5424 =
      Pattern.compile(
          "<(\\d{1,3})>1 (\\S+) (\\S+) (\\S+) (\\d+) (\\S+) (\\[alert@32473(?: [^=\\s\\]\"]+=\"(?:[^\"\\\\\\]]|\\\\[\"\\\\\\]])*\")*\\]) \uFEFF(.*)",
          Pattern.DOTALL);

  @Test
  void sendsOneRfc5424DatagramOverUdp() throws Exception {
    try (DatagramSocket receiver = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      receiver.setSoTimeout(5000);
      SyslogChannel channel = channel(SyslogTransport.UDP, receiver.getLocalPort());

      channel.send(Alerts.loss());

      DatagramPacket packet = new DatagramPacket(new byte[4096], 4096);
      receiver.receive(packet);
      String message = utf8(packet.getData(), packet.getLength());
      Matcher parts = RFC_5424.matcher(message);
      assertThat(parts.matches()).as(message).isTrue();
      // local0 (16) * 8 + critical (2) for a HIGH alert.
      assertThat(parts.group(1)).isEqualTo("130");
      assertThat(Instant.parse(parts.group(2)))
          .isEqualTo(Instant.parse("2023-07-14T06:00:00.123456Z"));
      assertThat(parts.group(2)).isEqualTo("2023-07-14T06:00:00.123456Z");
      assertThat(parts.group(3)).isEqualTo("warden-test-host");
      assertThat(parts.group(4)).isEqualTo("warden");
      assertThat(Long.parseLong(parts.group(5))).isEqualTo(ProcessHandle.current().pid());
      assertThat(parts.group(6)).isEqualTo("unexplained-loss");
      assertThat(parts.group(7))
          .isEqualTo(
              "[alert@32473 id=\"loss-bwv-archive-2023-07-14\" kind=\"unexplained-loss\""
                  + " system=\"bwv-archive\" severity=\"HIGH\""
                  + " link=\"https://warden.force.internal/watch/bwv-archive/losses/2023-07-14\"]");
      assertThat(parts.group(8))
          .isEqualTo(
              "Unexplained loss: 96,174 files from bwv-archive: bwv-archive held 1,204,331 files"
                  + " on 13 July and 1,108,157 on 14 July. / No retention, deletion or migration"
                  + " explains the drop – 8.0% of the system.");
      assertThat(channel.name()).isEqualTo("syslog udp://127.0.0.1:" + receiver.getLocalPort());
    }
  }

  @Test
  void aLongMessageIsCutToOneDatagramAtACharacterBoundary() throws Exception {
    Alert alert = Alerts.loss();
    Alert longAlert =
        new Alert(
            alert.id(),
            alert.kind(),
            alert.system(),
            "LOW",
            alert.title(),
            "é".repeat(3000),
            alert.raisedAt(),
            alert.link());
    try (DatagramSocket receiver = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      receiver.setSoTimeout(5000);

      channel(SyslogTransport.UDP, receiver.getLocalPort()).send(longAlert);

      DatagramPacket packet = new DatagramPacket(new byte[8192], 8192);
      receiver.receive(packet);
      assertThat(packet.getLength())
          .isBetween(SyslogChannel.MAX_DATAGRAM - 1, SyslogChannel.MAX_DATAGRAM);
      String message = utf8(packet.getData(), packet.getLength());
      assertThat(message).startsWith("<133>1 ").endsWith("é");
    }
  }

  @Test
  void sendsOneOctetCountedFrameOverTcp() throws Exception {
    try (ServerSocket receiver = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CompletableFuture<byte[]> stream =
          CompletableFuture.supplyAsync(
              () -> {
                try (Socket connection = receiver.accept();
                    InputStream in = connection.getInputStream()) {
                  connection.setSoTimeout(5000);
                  return in.readAllBytes();
                } catch (IOException e) {
                  throw new IllegalStateException(e);
                }
              });
      Alert alert = Alerts.loss();

      channel(SyslogTransport.TCP, receiver.getLocalPort()).send(alert);

      byte[] bytes = stream.get(5, TimeUnit.SECONDS);
      // RFC 6587 3.4.1: MSG-LEN SP SYSLOG-MSG, the length in octets, not characters.
      int space = indexOf(bytes, (byte) ' ');
      int length = Integer.parseInt(new String(bytes, 0, space, StandardCharsets.US_ASCII));
      assertThat(bytes.length - space - 1).isEqualTo(length);
      String message = utf8(Arrays.copyOfRange(bytes, space + 1, bytes.length), length);
      assertThat(message.length()).isLessThan(length);
      Matcher parts = RFC_5424.matcher(message);
      assertThat(parts.matches()).as(message).isTrue();
      assertThat(parts.group(8)).endsWith("8.0% of the system.");
    }
  }

  @Test
  void severitiesMapToSyslogLevels() {
    assertThat(SyslogMessage.severity("CRITICAL")).isEqualTo(1);
    assertThat(SyslogMessage.severity("HIGH")).isEqualTo(2);
    assertThat(SyslogMessage.severity("medium")).isEqualTo(4);
    assertThat(SyslogMessage.severity("LOW")).isEqualTo(5);
    assertThat(SyslogMessage.severity("INFO")).isEqualTo(6);
    assertThat(SyslogMessage.severity("unheard-of")).isEqualTo(4);
  }

  @Test
  void structuredDataValuesAreEscaped() {
    Alert alert = Alerts.loss();
    Alert odd =
        new Alert(
            "a\"b\\c]d",
            "kind with spaces",
            alert.system(),
            alert.severity(),
            alert.title(),
            alert.summary(),
            alert.raisedAt(),
            alert.link());

    String message =
        new String(
            SyslogMessage.format(odd, settings(SyslogTransport.UDP, 514), 42, 2048),
            StandardCharsets.UTF_8);

    assertThat(message).contains(" 42 kindwithspaces [alert@32473 id=\"a\\\"b\\\\c\\]d\" ");
    assertThat(RFC_5424.matcher(message).matches()).isTrue();
  }

  @Test
  void aTcpReceiverThatIsDownIsAnError() throws Exception {
    int port;
    try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = closed.getLocalPort();
    }
    SyslogChannel channel = channel(SyslogTransport.TCP, port);

    assertThatThrownBy(() -> channel.send(Alerts.loss()))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("could not send: ConnectException");
  }

  private static SyslogChannel channel(SyslogTransport transport, int port) {
    return new SyslogChannel(settings(transport, port));
  }

  private static SyslogSettings settings(SyslogTransport transport, int port) {
    return new SyslogSettings(
        "127.0.0.1", port, transport, 16, "warden-test-host", "warden", Duration.ofSeconds(5));
  }

  /** Strict UTF-8: a character cut in half fails the test instead of becoming a replacement. */
  private static String utf8(byte[] bytes, int length) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, 0, length)).toString();
  }

  private static int indexOf(byte[] bytes, byte wanted) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == wanted) {
        return i;
      }
    }
    return -1;
  }
}
