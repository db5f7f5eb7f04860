package uk.warden.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
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
}
