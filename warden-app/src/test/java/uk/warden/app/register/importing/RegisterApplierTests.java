package uk.warden.app.register.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.warden.app.testing.Fixtures.agreement;
import static uk.warden.app.testing.Fixtures.assuredSupplier;
import static uk.warden.app.testing.Fixtures.bareSystem;
import static uk.warden.app.testing.Fixtures.fullAgreement;
import static uk.warden.app.testing.Fixtures.fullSystem;
import static uk.warden.app.testing.Fixtures.subProcessor;
import static uk.warden.app.testing.Fixtures.system;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import uk.warden.app.register.ImportRun;
import uk.warden.app.testing.MutableClock;
import uk.warden.app.testing.StoreTest;
import uk.warden.app.testing.TestDatabase;
import uk.warden.core.input.BadInputException;
import uk.warden.core.register.Assurance;
import uk.warden.core.register.Party;
import uk.warden.core.register.PartyKind;
import uk.warden.core.register.SensitivityFlag;
import uk.warden.core.register.Unit;
import uk.warden.core.register.ascode.RegisterPlan;
import uk.warden.core.register.ascode.RegisterSpec;

/** The register-as-code apply path over a real store, on both engines. */
class RegisterApplierTests {

  private static final Instant T0 = Instant.parse("2025-04-01T10:00:00Z");

  private static final Party HR =
      new Party("hr", "Human Resources", PartyKind.INTERNAL, null, Assurance.NONE);

  /** Every kind of entity, with references between them: 2 + 3 + 4 + 2 = 11 entities. */
  private static final RegisterSpec FORCE =
      new RegisterSpec(
          List.of(
              new Unit("ucu", "Undercover Unit", Set.of(SensitivityFlag.COVERT)),
              new Unit("hq", "Headquarters", Set.of())),
          List.of(assuredSupplier("acme"), subProcessor("acme-dc", "acme"), HR),
          List.of(
              fullSystem("vetting", "acme"),
              system("backups", "acme-dc"),
              system("payroll", "hr"),
              bareSystem("notes")),
          List.of(fullAgreement("acme-vetting", "acme"), agreement("hr-internal", "hr")));

  @StoreTest
  void firstApplyAddsEverythingAndTheSecondChangesNothing(TestDatabase db) {
    RegisterApplier applier = db.applier(new MutableClock(T0));

    RegisterPlan first = applier.apply(FORCE);
    RegisterPlan second = applier.apply(FORCE);

    assertThat(first.toAdd()).isEqualTo(11);
    assertThat(first.toChange()).isZero();
    assertThat(first.toRemove()).isZero();
    assertThat(second.isEmpty()).as(second.describe("second apply")).isTrue();
    assertThat(applier.plan(FORCE).isEmpty()).isTrue();
    assertSameRegister(applier.current(), FORCE);
  }

  @StoreTest
  void removesASupplierWithItsSubProcessorSystemsAndAgreementsInOneApply(TestDatabase db) {
    RegisterApplier applier = db.applier(new MutableClock(T0));
    applier.apply(FORCE);
    Party renamedHr = new Party("hr", "People Services", PartyKind.INTERNAL, null, Assurance.NONE);
    RegisterSpec withoutAcme =
        new RegisterSpec(
            List.of(
                new Unit(
                    "ucu",
                    "Undercover Unit",
                    Set.of(SensitivityFlag.COVERT, SensitivityFlag.PROTECTION))),
            List.of(renamedHr),
            List.of(system("payroll", "hr"), bareSystem("notes")),
            List.of(agreement("hr-internal", "hr")));

    RegisterPlan plan = applier.apply(withoutAcme);

    // Removed: unit hq, parties acme and acme-dc, systems vetting and backups, agreement.
    assertThat(plan.toRemove()).isEqualTo(6);
    assertThat(plan.toChange()).isEqualTo(2);
    assertThat(plan.toAdd()).isZero();
    assertSameRegister(applier.current(), withoutAcme);
    assertThat(applier.apply(withoutAcme).isEmpty()).isTrue();
    assertThat(db.rows("system_category")).isEqualTo(2);
    assertThat(db.rows("agreement_category")).isOne();
  }

  @StoreTest
  void aFailedApplyLeavesTheStoreAsItWas(TestDatabase db) {
    RegisterApplier applier = db.applier(new MutableClock(T0));
    applier.apply(FORCE);
    RegisterSpec dangling =
        new RegisterSpec(
            FORCE.units(),
            List.of(HR),
            List.of(system("payroll", "hr"), system("orphan", "ghost")),
            List.of());

    assertThatThrownBy(() -> applier.apply(dangling))
        .isInstanceOf(DataIntegrityViolationException.class);

    assertSameRegister(applier.current(), FORCE);
    assertThat(applier.plan(FORCE).isEmpty()).isTrue();
  }

  @StoreTest
  void recordsAppliedAndRefusedFilesInTheImportHistory(TestDatabase db) {
    RegisterApplier applier = db.applier(new MutableClock(T0));

    RegisterPlan plan = applier.apply("register.yaml", yaml(REGISTER_YAML), "dpo");
    assertThatThrownBy(() -> applier.apply("broken.yaml", yaml("units: []\nparties: [\n"), "dpo"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("broken.yaml");
    RegisterPlan again = applier.apply("register.yaml", yaml(REGISTER_YAML), "dpo");

    assertThat(plan.toAdd()).isEqualTo(4);
    assertThat(again.isEmpty()).as(again.describe("register.yaml")).isTrue();
    List<ImportRun> runs = db.importRuns().recent(10);
    assertThat(runs)
        .extracting(ImportRun::outcome)
        .containsExactly("APPLIED", "REFUSED", "APPLIED");
    assertThat(runs).extracting(ImportRun::kind).containsOnly("register");
    assertThat(runs).extracting(ImportRun::runBy).containsOnly("dpo");
    assertThat(runs.get(2).added()).isEqualTo(4);
    assertThat(runs.get(2).runAt().toInstant()).isEqualTo(T0);
    assertThat(runs.get(1).sourceName()).isEqualTo("broken.yaml");
    assertThat(runs.get(1).problems()).contains("broken.yaml");
    assertThat(runs.get(0).added()).isZero();
    assertThat(applier.current().systems()).hasSize(1);
  }

  static final String REGISTER_YAML =
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
            rightToAudit: true
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
          retentionMonths: 6
      """;

  private static InputStream yaml(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static void assertSameRegister(RegisterSpec actual, RegisterSpec expected) {
    assertThat(actual.units()).containsExactlyInAnyOrderElementsOf(expected.units());
    assertThat(actual.parties()).containsExactlyInAnyOrderElementsOf(expected.parties());
    assertThat(actual.systems()).containsExactlyInAnyOrderElementsOf(expected.systems());
    assertThat(actual.agreements()).containsExactlyInAnyOrderElementsOf(expected.agreements());
  }
}
