package uk.warden.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.warden.app.cli.CliRun.warden;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.warden.app.account.SignInLockout;
import uk.warden.app.platform.StoreLocation;

/**
 * The {@code warden} command line end to end, against an embedded store in a temporary folder. Each
 * command that touches the store starts the application (a couple of seconds), so these tests chain
 * several commands on one store rather than starting fresh for every assertion.
 */
class WardenCommandTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  @Test
  void importsAGoodFileAndRefusesAWholeFileWithOneBadRow() throws IOException {
    Path good =
        write(
            "good.csv",
            """
            Pay Number,Surname,Forenames,Kind,Rank,Unit,Status
            P1001,Smith,Jane,Officer,Sergeant,cid,Serving
            P1002,Jones,Amir,Police Staff,,hr,Serving
            """);
    Path bad =
        write(
            "bad.csv",
            """
            Pay Number,Surname,Forenames,Kind,Rank,Unit,Status
            P2001,Brown,Ola,Officer,Constable,cid,Serving
            P2002,Green,Tom,Officer,Captain,cid,Serving
            P2003,White,Kim,Staff,,hr,Serving
            """);

    CliRun imported = warden("import", "people", good.toString(), "--data", store());
    CliRun refused = warden("import", "people", bad.toString(), "--data", store());
    CliRun listed = warden("list", "people", "--json", "--data", store());

    assertThat(imported.exit()).as(imported.err()).isEqualTo(ExitCodes.OK);
    assertThat(imported.out()).contains("Imported good.csv: 2 rows, 2 people added, 0 updated.");
    assertThat(refused.exit()).as(refused.err()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(refused.err())
        .contains("nothing was changed")
        .contains("bad.csv: row 3, column 'Rank'")
        .contains("Captain")
        .doesNotContain("Exception");
    assertThat(refused.out()).doesNotContain("Imported");
    assertThat(listed.exit()).as(listed.err()).isEqualTo(ExitCodes.OK);
    JsonNode people = JSON.readTree(listed.out());
    assertThat(people.isArray()).isTrue();
    assertThat(texts(people, "payNumber")).containsExactly("P1001", "P1002");
    assertThat(texts(people, "rankCode")).containsExactly("PS");
  }

  @Test
  void aMissingFileIsBadInputNamingTheFile() {
    Path missing = dir.resolve("missing.csv");

    CliRun run = warden("import", "people", missing.toString(), "--data", store());

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("missing.csv").contains("no such file");
  }

  @Test
  void plansThenAppliesARegisterFileAndTheSecondApplyChangesNothing() throws IOException {
    Path register = write("register.yaml", REGISTER);

    CliRun plan = warden("register", "plan", register.toString(), "--data", store());
    CliRun apply = warden("register", "apply", register.toString(), "--data", store());
    CliRun again = warden("register", "apply", register.toString(), "--data", store());
    CliRun parties = warden("list", "parties", "--json", "--data", store());

    assertThat(plan.exit()).as(plan.err()).isEqualTo(ExitCodes.OK);
    assertThat(plan.out()).contains("Plan: 4 to add, 0 to change, 0 to remove.");
    assertThat(apply.exit()).as(apply.err()).isEqualTo(ExitCodes.OK);
    assertThat(apply.out())
        .as("planning must not have applied anything")
        .contains("Plan: 4 to add, 0 to change, 0 to remove.")
        .contains("Applied.");
    assertThat(again.exit()).as(again.err()).isEqualTo(ExitCodes.OK);
    assertThat(again.out()).contains("No changes").doesNotContain("Applied.");
    assertThat(parties.exit()).as(parties.err()).isEqualTo(ExitCodes.OK);
    JsonNode list = JSON.readTree(parties.out());
    assertThat(list.isArray()).isTrue();
    assertThat(texts(list, "code")).containsExactly("acme");
    assertThat(list.get(0).get("assurance").get("cyberEssentials").asString()).isEqualTo("PLUS");
  }

  @Test
  void createsAUserAndPrintsTheirTokenOnce() {
    CliRun user = warden("user", "create", "alice", "--role", "ANALYST", "--data", store());
    CliRun token = warden("token", "create", "--user", "alice", "--data", store());
    CliRun nobody = warden("token", "create", "--user", "nobody", "--data", store());

    assertThat(user.exit()).as(user.err()).isEqualTo(ExitCodes.OK);
    assertThat(user.out()).contains("Created alice (ANALYST). One-time password: ");
    assertThat(token.exit()).as(token.err()).isEqualTo(ExitCodes.OK);
    assertThat(token.out().strip()).startsWith("wdn_").hasSize(44);
    assertThat(token.err()).contains("for alice");
    assertThat(nobody.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(nobody.err()).contains("no user nobody");
  }

  @Test
  void grantsAndRevokesAnAnalystsNamesAndListsWhoHoldsThem() {
    warden("user", "create", "alice", "--role", "ANALYST", "--data", store());
    warden("user", "create", "dora", "--role", "DPO", "--data", store());

    CliRun grant = warden("user", "grant-names", "alice", "--data", store());
    CliRun listed = warden("user", "list", "--data", store());
    CliRun notAnAnalyst = warden("user", "grant-names", "dora", "--data", store());
    CliRun revoke = warden("user", "revoke-names", "alice", "--data", store());
    CliRun after = warden("user", "list", "--data", store());

    assertThat(grant.exit()).as(grant.err()).isEqualTo(ExitCodes.OK);
    assertThat(grant.out()).contains("alice may now see people's names.");
    assertThat(listed.out()).containsPattern("alice +ANALYST +yes +names");
    assertThat(listed.out()).containsPattern("dora +DPO +yes +-");
    assertThat(notAnAnalyst.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(notAnAnalyst.err()).contains("DPO sees names by role");
    assertThat(revoke.exit()).as(revoke.err()).isEqualTo(ExitCodes.OK);
    assertThat(after.out()).containsPattern("alice +ANALYST +yes +-");
  }

  @Test
  void unlocksAUserLockedOutByFailedSignIns() {
    warden("user", "create", "alice", "--role", "DPO", "--data", store());
    try (var context = Spring.start(StoreLocation.embedded(dir.resolve("store")))) {
      SignInLockout lockout = context.getBean(SignInLockout.class);
      for (int i = 0; i < 5; i++) {
        lockout.recordFailure("alice");
      }
    }

    CliRun unlock = warden("user", "unlock", "alice", "--data", store());
    CliRun nobody = warden("user", "unlock", "nobody", "--data", store());

    assertThat(unlock.exit()).as(unlock.err()).isEqualTo(ExitCodes.OK);
    assertThat(unlock.out()).contains("Unlocked alice.");
    try (var context = Spring.start(StoreLocation.embedded(dir.resolve("store")))) {
      assertThat(context.getBean(SignInLockout.class).isLocked("alice")).isFalse();
    }
    assertThat(nobody.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(nobody.err()).contains("no user nobody");
  }

  @Test
  void generatesASyntheticForceOnlyIntoAnEmptyStore() {
    CliRun generated = warden("generate", "--people", "500", "--seed", "1", "--data", store());
    CliRun listed = warden("list", "people", "--data", store());
    CliRun again = warden("generate", "--people", "500", "--seed", "1", "--data", store());

    assertThat(generated.exit()).as(generated.err()).isEqualTo(ExitCodes.OK);
    assertThat(generated.out()).contains("Generated 500 people");
    assertThat(listed.exit()).as(listed.err()).isEqualTo(ExitCodes.OK);
    List<String> lines = listed.out().lines().toList();
    assertThat(lines).hasSize(500).allMatch(line -> line.split("\t").length == 6);
    assertThat(lines).doesNotHaveDuplicates();
    assertThat(again.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(again.err()).contains("already holds a register");
  }

  @Test
  void refusesAnImpossibleForceSizeBeforeTouchingTheStore() {
    CliRun run = warden("generate", "--people", "0", "--data", store());

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("--people");
    assertThat(dir.resolve("store")).doesNotExist();
  }

  @Test
  void helpSucceedsAndUsageErrorsExitWithTwo() {
    CliRun help = warden("--help");
    CliRun unknownOption = warden("--no-such-option");
    CliRun unknownList = warden("list", "wizards");
    CliRun missingRole = warden("user", "create", "bob");

    assertThat(help.exit()).isEqualTo(ExitCodes.OK);
    assertThat(help.out())
        .contains("Usage: warden")
        .contains("generate")
        .contains("import")
        .contains("register");
    assertThat(unknownOption.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(unknownOption.err()).contains("--no-such-option");
    assertThat(unknownList.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(missingRole.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(missingRole.err()).contains("--role");
  }

  private static final String REGISTER =
      """
      units:
        - code: cid
          name: Criminal Investigation
          flags: [INTELLIGENCE]
      parties:
        - code: acme
          name: Acme Payroll Ltd
          kind: SUPPLIER
          assurance:
            cyberEssentials: PLUS
            cyberEssentialsExpires: 2027-01-31
      systems:
        - code: payroll
          name: Payroll
          host: acme
          marking: OFFICIAL-SENSITIVE
          categories: [user.name, user.financial.salary]
          records: 1200
          population: workforce
      agreements:
        - code: acme-payroll
          party: acme
          title: Payroll services
          regime: UK_GDPR
          categories: [user.name, user.financial.salary]
          start: 2024-04-01
          end: 2027-03-31
      """;

  private String store() {
    return dir.resolve("store").toString();
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> values = new ArrayList<>();
    array.forEach(
        node -> {
          if (node.hasNonNull(field)) {
            values.add(node.get(field).asString());
          }
        });
    return values;
  }
}
