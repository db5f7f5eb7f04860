package uk.warden.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import uk.warden.core.access.Channel;
import uk.warden.core.access.Operation;

class AuditFormatsTests {

  private static final AuditEvent DISCLOSURE =
      new AuditEvent(
          Instant.parse("2026-11-02T10:15:30.123456Z"),
          "dpo|jane",
          "DPO",
          Operation.DISCLOSE,
          "incident.notification-list",
          List.of("incident:7"),
          1234,
          List.of("ICO"),
          Channel.EXPORT,
          "192.0.2.10",
          "breach 7 = notify\nall",
          Outcome.DONE);

  @Test
  void jsonLinesCarryTheChainAndEscapeText() {
    AuditEntry entry = AuditChain.append(ChainHead.EMPTY, DISCLOSURE);
    String line = AuditJson.line(entry);
    assertThat(line).doesNotContain("\n");
    assertThat(line)
        .startsWith("{\"seq\":1,\"at\":\"2026-11-02T10:15:30.123Z\",\"actor\":\"dpo|jane\"")
        .contains("\"records\":[\"incident:7\"],\"recordCount\":1234")
        .contains("\"reason\":\"breach 7 = notify\\nall\"")
        .contains("\"prevHash\":\"" + AuditChain.GENESIS + "\"")
        .endsWith("\"hash\":\"" + entry.hash() + "\"}");
  }

  @Test
  void cefEscapesHeaderAndExtensionCharacters() {
    AuditEntry entry = AuditChain.append(ChainHead.EMPTY, DISCLOSURE);
    String cef = AuditCef.line(entry, "0.1");
    assertThat(cef)
        .startsWith("CEF:0|Warden|Warden|0.1|incident.notification-list|Personal data disclose|5|")
        .contains(" suser=dpo|jane ")
        .contains(" src=192.0.2.10 ")
        .contains(" act=DISCLOSE ")
        .contains(" cnt=1234 ")
        .contains(" reason=breach 7 \\= notify\\nall ")
        .contains(" cs2Label=recipients cs2=ICO ")
        .endsWith(" cs5Label=prevHash cs5=" + AuditChain.GENESIS);
    assertThat(cef).doesNotContain("\n");
  }

  @Test
  void aRefusalIsSevere() {
    AuditEvent refused =
        new AuditEvent(
            Instant.EPOCH,
            "x",
            null,
            null,
            "signin",
            List.of(),
            0,
            List.of(),
            null,
            "cli@host",
            null,
            Outcome.REFUSED);
    assertThat(AuditCef.line(AuditChain.append(ChainHead.EMPTY, refused), "1"))
        .contains("|Warden security event|7|")
        .contains(" shost=cli@host ");
  }

  @Test
  void syslogOverUdpSendsOneDatagramPerMessage() throws Exception {
    try (DatagramSocket collector = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      collector.setSoTimeout(5000);
      URI target = URI.create("udp://127.0.0.1:" + collector.getLocalPort());
      try (SyslogSender sender = SyslogSender.open(target, "warden-host")) {
        sender.send(Instant.parse("2026-11-02T10:15:30Z"), "CEF:0|hello");
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
      URI target = URI.create("tcp://127.0.0.1:" + collector.getLocalPort());
      try (SyslogSender sender = SyslogSender.open(target, "h")) {
        sender.send(Instant.EPOCH, "one");
        sender.send(Instant.EPOCH, "two\nlines");
      }
      String first = "<110>1 1970-01-01T00:00:00Z h warden - audit - one";
      String second = "<110>1 1970-01-01T00:00:00Z h warden - audit - two\nlines";
      assertThat(received.get(5, TimeUnit.SECONDS))
          .isEqualTo(first.length() + " " + first + second.length() + " " + second);
    }
  }
}
