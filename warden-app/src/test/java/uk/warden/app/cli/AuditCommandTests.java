package uk.warden.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.warden.app.cli.CliRun.warden;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.warden.app.platform.StoreLocation;

/**
 * {@code warden audit verify|export} on an embedded store, and what they say after someone with the
 * database's password has edited the audit table directly.
 */
class AuditCommandTests {

  @TempDir Path dir;

  @Test
  void verifyHoldsThenNamesTheEntryChangedInTheTable() throws SQLException {
    // Each verify is itself on record, so a few of them make a chain to tamper with.
    for (int i = 0; i < 5; i++) {
      CliRun ok = warden("audit", "verify", "--data", data());
      assertThat(ok.exit()).as(ok.err()).isEqualTo(ExitCodes.OK);
      assertThat(ok.out()).startsWith("The audit chain holds: " + i + " entries");
    }
    try (Connection c = connect()) {
      c.createStatement().executeUpdate("UPDATE audit_entry SET actor = 'nobody' WHERE seq = 3");
    }
    CliRun broken = warden("audit", "verify", "--data", data());
    assertThat(broken.exit()).isEqualTo(ExitCodes.BLOCKING_FINDINGS);
    assertThat(broken.out())
        .startsWith("The audit chain is broken at entry 3 (ALTERED)")
        .contains("2 entries before it hold");
  }

  @Test
  void aHeadRecordedEarlierCatchesEntriesCutFromTheEndWithTheHeadRow() throws SQLException {
    for (int i = 0; i < 4; i++) {
      warden("audit", "verify", "--data", data());
    }
    CliRun export =
        warden("audit", "export", "--out", dir.resolve("siem.jsonl").toString(), "--data", data());
    assertThat(export.exit()).as(export.err()).isEqualTo(ExitCodes.OK);
    Matcher head = Pattern.compile("last (\\d+):([0-9a-f]{64})").matcher(export.out());
    assertThat(head.find()).as(export.out()).isTrue();
    String anchor = head.group(1) + ":" + head.group(2);
    try (Connection c = connect()) {
      c.createStatement().executeUpdate("DELETE FROM audit_entry WHERE seq >= 3");
      c.createStatement()
          .executeUpdate(
              "UPDATE audit_head SET seq = 2, hash = (SELECT hash FROM audit_entry WHERE seq = 2)");
    }
    CliRun alone = warden("audit", "verify", "--data", data());
    assertThat(alone.exit()).as("a chain cut cleanly holds by itself").isEqualTo(ExitCodes.OK);
    // The verify just run added entry 3 again; the export had seen 5.
    CliRun anchored = warden("audit", "verify", "--anchor", anchor, "--data", data());
    assertThat(anchored.exit()).isEqualTo(ExitCodes.BLOCKING_FINDINGS);
    assertThat(anchored.out()).contains("broken at entry 4 (REMOVED): entries 4 to 5 were cut");
  }

  @Test
  void exportsCefToASyslogCollectorFromAPosition() throws Exception {
    for (int i = 0; i < 3; i++) {
      warden("audit", "verify", "--data", data());
    }
    try (DatagramSocket collector = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      collector.setSoTimeout(5000);
      CliRun sent =
          warden(
              "audit",
              "export",
              "--format",
              "cef",
              "--after",
              "1",
              "--syslog",
              "udp://127.0.0.1:" + collector.getLocalPort(),
              "--data",
              data());
      assertThat(sent.exit()).as(sent.err()).isEqualTo(ExitCodes.OK);
      // The export is on record before it runs, so it sends itself last.
      assertThat(sent.out()).contains("Exported 3 entries after 1");
      List<String> received = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        DatagramPacket packet = new DatagramPacket(new byte[9000], 9000);
        collector.receive(packet);
        received.add(new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8));
      }
      assertThat(received.get(0))
          .startsWith("<110>1 ")
          .contains(" warden - audit - CEF:0|Warden|Warden|0.1.0|audit.verify|")
          .contains(" externalId=2 ");
      assertThat(received.get(1)).contains(" externalId=3 ");
      assertThat(received.get(2)).contains("|audit.export|").contains(" act=DISCLOSE ");
    }
  }

  @Test
  void badInputIsNamedAndExitsTwo() throws Exception {
    CliRun anchor = warden("audit", "verify", "--anchor", "3:xyz", "--data", data());
    assertThat(anchor.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(anchor.err()).contains("anchor").contains("SEQ:HASH");
    CliRun syslog = warden("audit", "export", "--syslog", "http://example", "--data", data());
    assertThat(syslog.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(syslog.err()).contains("--syslog").contains("udp://");
    CliRun after = warden("audit", "export", "--after", "-4", "--data", data());
    assertThat(after.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    Path existing = Files.writeString(dir.resolve("folder-file"), "x");
    CliRun out =
        warden(
            "audit", "export", "--out", existing.resolve("x.jsonl").toString(), "--data", data());
    assertThat(out.exit()).isEqualTo(ExitCodes.BAD_INPUT);
  }

  private Connection connect() throws SQLException {
    StoreLocation store = StoreLocation.embedded(dir.resolve("store"));
    return DriverManager.getConnection(store.jdbcUrl(), store.user(), store.password());
  }

  private String data() {
    return dir.resolve("store").toString();
  }
}
