package uk.warden.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.warden.app.cli.CliRun.warden;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code warden access ingest} and {@code warden findings} over a generated demo store: the demo's
 * planted access problems are found, a log ingested twice counts once, and a bad log is refused
 * whole with its line named.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessCommandTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String LOG =
      """
      at,principal,system,operation,records,justification
      2026-03-02T09:15:00Z,u-auditor-1,bwv-evidence,consult,3,CAD 42
      2026-03-02T09:16:00Z,u-auditor-1,bwv-evidence,consult,1,CAD 42
      """;

  private Path dir;

  @BeforeAll
  void generate(@TempDir Path folder) {
    dir = folder;
    CliRun generated = warden("generate", "--people", "2000", "--seed", "5", "--data", data());
    assertThat(generated.exit()).as(generated.err()).isZero();
  }

  private String data() {
    return dir.resolve("store").toString();
  }

  @Test
  void findingsListTheDemosPlantedProblemsAndTheWatchsLosses() {
    CliRun findings = warden("findings", "--json", "--data", data());

    assertThat(findings.exit()).as(findings.err()).isZero();
    assertThat(findings.stray()).isEmpty();
    Set<String> rules = new HashSet<>();
    for (JsonNode listed : JSON.readTree(findings.out()).get("findings")) {
      rules.add(listed.get("finding").get("ruleCode").asString());
      assertThat(listed.get("status").asString()).isEqualTo("OPEN");
    }
    assertThat(rules)
        .contains(
            "leaver-with-access",
            "bulk-lookup",
            "access-without-purpose",
            "no-breach-notification-clause",
            "unexplained-loss");
  }

  @Test
  void anUnknownRuleOrSystemIsBadInputNotAnEmptyList() {
    CliRun refused =
        warden("findings", "--rule", "leaver-with-acess", "--system", "nope", "--data", data());

    assertThat(refused.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(refused.err())
        .contains("no enabled rule leaver-with-acess")
        .contains("leaver-with-access")
        .contains("no system nope");
    assertThat(refused.out()).isEmpty();
  }

  @Test
  void failOnExitsOneWhenAnOpenFindingIsThatSevere() {
    CliRun findings =
        warden("findings", "--severity", "HIGH", "--fail-on", "HIGH", "--data", data());

    assertThat(findings.exit()).as(findings.err()).isEqualTo(ExitCodes.BLOCKING_FINDINGS);
    assertThat(findings.out()).contains("HIGH").doesNotContain("LOW ");
  }

  @Test
  void aLogIngestedTwiceCountsOnce() throws IOException {
    Path log = dir.resolve("pnc-audit.csv");
    Files.writeString(log, LOG, StandardCharsets.UTF_8);

    CliRun first = warden("access", "ingest", log.toString(), "--data", data());
    CliRun second = warden("access", "ingest", log.toString(), "--data", data());

    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out()).contains("2 events read (CSV), 2 new, 0 already ingested");
    assertThat(second.exit()).as(second.err()).isZero();
    assertThat(second.out()).contains("2 events read (CSV), 0 new, 2 already ingested");
  }

  @Test
  void aBadLogIsRefusedWholeWithItsLineNamed() throws IOException {
    Path log = dir.resolve("bad.jsonl");
    Files.writeString(
        log,
        """
        {"at":"2026-03-02T09:15:00Z","principal":"u1","system":"pnc","operation":"consult","records":3}
        {"at":"2026-03-02T09:16:00Z","principal":"u1","system":"no-such-system","operation":"consult","records":1}
        """,
        StandardCharsets.UTF_8);

    CliRun refused = warden("access", "ingest", log.toString(), "--data", data());

    assertThat(refused.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(refused.err()).contains("bad.jsonl").contains("line 2").contains("no-such-system");
    assertThat(refused.out()).doesNotContain("new");
  }

  @Test
  void aCsvDirectoryImportIsCheckedWholeAndThenReplacesTheLastOne() throws IOException {
    Path principals =
        write("principals.csv", "id,kind,pay_number\ng-bwv,group,\nu-csv-1,user,900001\n");
    Path memberships = write("memberships.csv", "group,member\ng-bwv,u-csv-1\n");
    Path grants =
        write(
            "grants.csv",
            "id,holder,system,access,purpose,granted_at\n"
                + "csv-1,g-bwv,bwv-evidence,read,evidence review,2025-01-06\n");

    CliRun imported =
        warden(
            "access",
            "import",
            "--principals",
            principals.toString(),
            "--memberships",
            memberships.toString(),
            "--grants",
            grants.toString(),
            "--data",
            data());
    assertThat(imported.exit()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("Imported 2 principals, 1 memberships and 1 grants");

    Path badGrants =
        write(
            "grants.csv",
            "id,holder,system,access,purpose,granted_at,expires\n"
                + "csv-1,g-bwv,bwv-evidence,read,evidence review,2025-01-06,2025-13-01\n");
    CliRun refused =
        warden(
            "access",
            "import",
            "--principals",
            principals.toString(),
            "--memberships",
            memberships.toString(),
            "--grants",
            badGrants.toString(),
            "--data",
            data());
    assertThat(refused.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(refused.err()).contains("grants.csv: line 2").contains("expires");
  }

  @Test
  void anLdapImportReadsUsersGroupsAndMembershipsFromARealDirectory() throws Exception {
    String base = "dc=force,dc=test";
    var config = new InMemoryDirectoryServerConfig(base);
    config.setSchema(null);
    config.setListenerConfigs(
        InMemoryListenerConfig.createLDAPConfig("test", InetAddress.getLoopbackAddress(), 0, null));
    config.addAdditionalBindCredentials("cn=warden," + base, "s3cret");
    InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
    try {
      server.add("dn: " + base, "objectClass: domain", "dc: force");
      server.add(
          "dn: cn=Jo Bloggs," + base,
          "objectClass: user",
          "sAMAccountName: jbloggs",
          "employeeID: 900002",
          "userAccountControl: 512");
      server.add(
          "dn: cn=Al Leaver," + base,
          "objectClass: user",
          "sAMAccountName: aleaver",
          "employeeID: 900003",
          "userAccountControl: 514");
      server.add(
          "dn: cn=BWV Users," + base,
          "objectClass: group",
          "sAMAccountName: bwv-users",
          "member: cn=Jo Bloggs," + base,
          "member: cn=Al Leaver," + base);
      server.startListening();
      Path password = write("bind-password", "s3cret\n");

      CliRun imported =
          warden(
              "access",
              "import-ldap",
              "--url",
              "ldap://127.0.0.1:" + server.getListenPort(),
              "--base",
              base,
              "--bind-dn",
              "cn=warden," + base,
              "--password-file",
              password.toString(),
              "--data",
              data());

      assertThat(imported.exit()).as(imported.err()).isZero();
      assertThat(imported.out())
          .contains(
              "Imported 2 users (1 disabled, 0 service accounts), 1 groups and 2 memberships");
      assertThat(imported.out() + imported.err()).doesNotContain("s3cret");
    } finally {
      server.shutDown(true);
    }
  }

  @Test
  void aWrongLdapPasswordFailsWithoutChangingAnything() throws Exception {
    Path password = write("wrong-password", "nope\n");

    CliRun refused =
        warden(
            "access",
            "import-ldap",
            "--url",
            "ldap://127.0.0.1:1",
            "--base",
            "dc=force,dc=test",
            "--bind-dn",
            "cn=warden,dc=force,dc=test",
            "--password-file",
            password.toString(),
            "--data",
            data());

    assertThat(refused.exit()).isEqualTo(ExitCodes.FAILED);
    assertThat(refused.err()).contains("127.0.0.1").doesNotContain("nope");
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }
}
