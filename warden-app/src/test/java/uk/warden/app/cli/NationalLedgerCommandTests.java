package uk.warden.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.warden.app.cli.CliRun.warden;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.warden.app.breach.AttributesIndex;
import uk.warden.app.breach.ImpactView;
import uk.warden.app.custody.CustodyService;
import uk.warden.app.platform.ForceSettings;
import uk.warden.app.platform.LeanStore;
import uk.warden.app.platform.StoreLocation;
import uk.warden.app.register.store.AgreementStore;
import uk.warden.core.breach.ExposureWindow;
import uk.warden.core.breach.Impact;
import uk.warden.core.breach.ImpactEngine;
import uk.warden.core.breach.Incident;
import uk.warden.core.breach.PersonAttributes;
import uk.warden.core.breach.RiskMatrix;
import uk.warden.core.custody.CustodyLedger;
import uk.warden.core.custody.RetentionRules;
import uk.warden.core.custody.Transfer;
import uk.warden.core.register.Agreement;
import uk.warden.synth.SyntheticLedger;

/**
 * {@code warden generate --national}, the benchmarks' load fixture, at a small scale: the store
 * holds the ledger's people with their indexes as ids and the same attribute columns, the same
 * transfers and deletions, and retention to the nearest midnight; so {@code warden impact} gives
 * the in-memory engine's answer in every count.
 */
class NationalLedgerCommandTests {

  private static final long SEED = 7;
  private static final int PEOPLE = 5_000;
  private static final int TRANSFERS = 300;
  private static final long MEMBERSHIPS = 60_000;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  @Test
  void loadsTheLedgerSoTheAppAnswersAsTheEngineDoes() {
    SyntheticLedger ledger = SyntheticLedger.build(SEED, PEOPLE, TRANSFERS, MEMBERSHIPS);
    String party = ledger.fullLoadParty();

    CliRun generated = generateNational();
    CliRun impact = warden("impact", "--party", party, "--json", "--data", store());
    CliRun listed = warden("list", "people", "--data", store());

    assertThat(generated.exit()).as(generated.err()).isEqualTo(ExitCodes.OK);
    assertThat(generated.out())
        .contains("Generated the national ledger: 5,000 people")
        .contains("300 transfers holding 60,000 memberships");
    assertThat(listed.out().lines()).hasSize(PEOPLE);
    assertThat(impact.exit()).as(impact.err()).isEqualTo(ExitCodes.OK);
    JsonNode answer = JSON.readTree(impact.out());
    Impact expected = engine(ledger, party);
    assertThat(answer.get("people").asLong()).isEqualTo(expected.worstCase().exposed().size());
    assertThat(differences(answer.get("worstCase"), ImpactView.caseOf(expected.worstCase())))
        .isEmpty();
    assertThat(differences(answer.get("bestCase"), ImpactView.caseOf(expected.bestCase())))
        .isEmpty();
  }

  @Test
  void theStoreHoldsTheLedgersPeopleTransfersAndRetention() {
    SyntheticLedger ledger = SyntheticLedger.build(SEED, PEOPLE, TRANSFERS, MEMBERSHIPS);
    CliRun generated = generateNational();
    assertThat(generated.exit()).as(generated.err()).isEqualTo(ExitCodes.OK);

    try (var context = Spring.start(StoreLocation.embedded(dir.resolve("store")))) {
      PersonAttributes stored = context.getBean(AttributesIndex.class).attributes();
      PersonAttributes expected = ledger.attributes();
      assertThat(stored.bound()).isEqualTo(expected.bound());
      for (int id = 0; id < expected.bound(); id++) {
        assertThat(stored.kind(id)).isEqualTo(expected.kind(id));
        assertThat(stored.status(id)).isEqualTo(expected.status(id));
        assertThat(stored.rankOrGrade(id)).isEqualTo(expected.rankOrGrade(id));
        assertThat(stored.unit(id)).isEqualTo(expected.unit(id));
        assertThat(stored.highestClearance(id)).isEqualTo(expected.highestClearance(id));
        assertThat(stored.clearances(id)).isEqualTo(expected.clearances(id));
        assertThat(stored.flags(id)).isEqualTo(expected.flags(id));
      }

      CustodyLedger custody = context.getBean(CustodyService.class).ledger();
      assertThat(custody.transferCount()).isEqualTo(TRANSFERS);
      for (Transfer transfer : ledger.transfers()) {
        assertThat(custody.transfer(transfer.id())).contains(transfer);
      }
      assertThat(custody.deletionIds()).hasSize(ledger.deletions().size());

      ZoneId zone = context.getBean(ForceSettings.class).zone();
      List<Agreement> agreements = context.getBean(AgreementStore.class).all();
      RetentionRules retention = RetentionRules.fromAgreements(agreements, zone);
      assertThat(agreements).isNotEmpty();
      for (Agreement agreement : agreements) {
        Instant lapse = ledger.retention().lapseOf(agreement.code());
        assertThat(Duration.between(lapse, retention.lapseOf(agreement.code())).abs())
            .isLessThanOrEqualTo(Duration.ofHours(13));
      }
    }
  }

  @Test
  void impactWithoutTheApplicationContextAnswersAsWithIt() throws Exception {
    CliRun generated = generateNational();
    assertThat(generated.exit()).as(generated.err()).isEqualTo(ExitCodes.OK);
    String party = SyntheticLedger.build(SEED, PEOPLE, TRANSFERS, MEMBERSHIPS).fullLoadParty();
    assertThat(LeanStore.open(StoreLocation.embedded(dir.resolve("store"))))
        .as("the store is ready as it is")
        .isNotNull()
        .satisfies(LeanStore::close);

    // Any spring. system property leaves the command to the application context.
    System.setProperty("spring.main.banner-mode", "off");
    CliRun withContext;
    try {
      withContext = warden("impact", "--party", party, "--json", "--data", store());
    } finally {
      System.clearProperty("spring.main.banner-mode");
    }
    CliRun first = warden("impact", "--party", party, "--json", "--data", store());
    CliRun again = warden("impact", "--party", party, "--json", "--data", store());
    CliRun text = warden("impact", "--party", "national", "--data", store());

    assertThat(withContext.exit()).as(withContext.err()).isEqualTo(ExitCodes.OK);
    assertThat(first.exit()).as(first.err()).isEqualTo(ExitCodes.OK);
    assertThat(withoutTimes(first.out())).isEqualTo(withoutTimes(withContext.out()));
    assertThat(withoutTimes(again.out())).isEqualTo(withoutTimes(withContext.out()));
    assertThat(text.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(text.err()).contains("matches").contains("parties");
    try (Stream<Path> files = Files.list(dir.resolve("store").resolve("index"))) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder("people.bin", "attributes.bin");
    }
  }

  /** The JSON with every instant blanked: each run assesses at its own "now". */
  private static String withoutTimes(String json) {
    return json.replaceAll("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z", "T")
        .replaceAll("\"hoursLeft\" : -?\\d+", "");
  }

  @Test
  void aScaleTheLedgerCannotTakeIsBadInput() {
    CliRun tooSmall = warden("generate", "--national", "--people", "100", "--data", store());
    CliRun notNational = warden("generate", "--transfers", "10", "--data", store());

    assertThat(tooSmall.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(tooSmall.err()).contains("nothing was changed").contains("scale");
    assertThat(notNational.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(notNational.err()).contains("--national");
  }

  /** The engine's answer to the question {@code warden impact --party} asks. */
  private static Impact engine(SyntheticLedger ledger, String party) {
    Instant now = Instant.now();
    Incident question =
        Incident.of(
            "impact-" + party,
            "If " + party + " was breached",
            Set.of(party),
            ExposureWindow.unknown(),
            now,
            now);
    return ImpactEngine.assess(
        question, ledger.ledger(), ledger.attributes(), RiskMatrix.standard(), now);
  }

  /**
   * The breakdowns of the app's case that differ from the engine's, by name; the window's ends are
   * left out, since each side's "now" differs. Both go through JSON text, so numbers compare alike.
   */
  private static List<String> differences(JsonNode app, ImpactView.Case engine) {
    JsonNode expected = JSON.readTree(JSON.writeValueAsString(engine));
    List<String> different = new ArrayList<>();
    for (String name : expected.propertyNames()) {
      if (!name.equals("from") && !name.equals("to") && !expected.get(name).equals(app.get(name))) {
        different.add(name);
      }
    }
    return different;
  }

  /** Generates the test's small national ledger into the test's store. */
  private CliRun generateNational() {
    return warden(
        "generate",
        "--national",
        "--people",
        Integer.toString(PEOPLE),
        "--transfers",
        Integer.toString(TRANSFERS),
        "--memberships",
        Long.toString(MEMBERSHIPS),
        "--seed",
        Long.toString(SEED),
        "--data",
        store());
  }

  private String store() {
    return dir.resolve("store").toString();
  }
}
