package uk.warden.core.register.ascode;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.warden.core.register.Agreement;
import uk.warden.core.register.Assurance;
import uk.warden.core.register.Classification;
import uk.warden.core.register.ClearanceLevel;
import uk.warden.core.register.CyberEssentials;
import uk.warden.core.register.DataSystem;
import uk.warden.core.register.Party;
import uk.warden.core.register.PartyKind;
import uk.warden.core.register.PersonKind;
import uk.warden.core.register.Population;
import uk.warden.core.register.Regime;
import uk.warden.core.register.SensitivityFlag;
import uk.warden.core.register.Unit;

class RegisterYamlReadTest {

  @Test
  void readsEveryEntityOfTheExampleFileInFileOrder() {
    RegisterSpec spec = RegisterFiles.example();

    assertThat(spec.units()).extracting(Unit::code).containsExactly("ct-policing", "response");
    assertThat(spec.parties())
        .extracting(Party::code)
        .containsExactly("it-services", "cardco", "printhub");
    assertThat(spec.systems())
        .extracting(DataSystem::code)
        .containsExactly("hr-core", "id-card-bureau");
    assertThat(spec.agreements())
        .extracting(Agreement::code)
        .containsExactly("cardco-2021", "printhub-2022");
  }

  @Test
  void readsUnitFlags() {
    Unit ct = RegisterFiles.example().units().get(0);

    assertThat(ct.name()).isEqualTo("Counter Terrorism Policing");
    assertThat(ct.flags())
        .containsExactlyInAnyOrder(SensitivityFlag.COUNTER_TERRORISM, SensitivityFlag.INTELLIGENCE);
    assertThat(RegisterFiles.example().units().get(1).flags()).isEmpty();
  }

  @Test
  void readsEveryAssuranceField() {
    Party cardco = RegisterFiles.example().parties().get(1);

    assertThat(cardco.kind()).isEqualTo(PartyKind.SUPPLIER);
    assertThat(cardco.parentCode()).isNull();
    assertThat(cardco.assurance())
        .isEqualTo(
            new Assurance(
                CyberEssentials.PLUS,
                LocalDate.of(2026, 3, 31),
                LocalDate.of(2027, 1, 31),
                LocalDate.of(2025, 6, 1),
                "satisfactory",
                24,
                true,
                true,
                false,
                ClearanceLevel.NPPV2A,
                "UK"));
  }

  @Test
  void leavesAssuranceNoneWhenAbsentAndUnsetFieldsNull() {
    RegisterSpec spec = RegisterFiles.example();

    assertThat(spec.parties().get(0).assurance()).isEqualTo(Assurance.NONE);
    Assurance printhub = spec.parties().get(2).assurance();
    assertThat(printhub.cyberEssentials()).isEqualTo(CyberEssentials.BASIC);
    assertThat(printhub.lastAudit()).isNull();
    assertThat(printhub.rightToAudit()).isNull();
  }

  @Test
  void readsSubProcessorWithItsSupplier() {
    Party printhub = RegisterFiles.example().parties().get(2);

    assertThat(printhub.kind()).isEqualTo(PartyKind.SUB_PROCESSOR);
    assertThat(printhub.parentCode()).isEqualTo("cardco");
  }

  @Test
  void readsWorkforcePopulationAndInHouseSystem() {
    DataSystem hr = RegisterFiles.example().systems().get(0);

    assertThat(hr.inHouse()).isTrue();
    assertThat(hr.population()).isEqualTo(Population.WHOLE_WORKFORCE);
    assertThat(hr.recordCount()).isEqualTo(44000);
    assertThat(hr.owner()).isEqualTo("Head of HR");
  }

  @Test
  void keepsLegacyMarkingAsEvidence() {
    DataSystem cards = RegisterFiles.example().systems().get(1);

    assertThat(cards.hostCode()).isEqualTo("cardco");
    assertThat(cards.marking().classification()).isEqualTo(Classification.OFFICIAL);
    assertThat(cards.marking().sensitive()).isTrue();
    assertThat(cards.marking().legacy()).isEqualTo("RESTRICTED");
    assertThat(cards.population())
        .isEqualTo(new Population(Set.of(PersonKind.OFFICER, PersonKind.STAFF), false));
    assertThat(cards.categories())
        .containsExactlyInAnyOrder(
            "user.name", "user.biometric.photo", "user.workforce.warrant_number");
  }

  @Test
  void readsAgreementsWithOptionalFieldsLeftOut() {
    RegisterSpec spec = RegisterFiles.example();
    Agreement cardco = spec.agreements().get(0);
    Agreement printhub = spec.agreements().get(1);

    assertThat(cardco.regime()).isEqualTo(Regime.UK_GDPR);
    assertThat(cardco.start()).isEqualTo(LocalDate.of(2021, 4, 1));
    assertThat(cardco.end()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(cardco.retentionMonths()).isEqualTo(3);
    assertThat(cardco.lawfulBasis()).isEqualTo("Art 6(1)(b) contract");
    assertThat(printhub.end()).isNull();
    assertThat(printhub.purpose()).isEmpty();
    assertThat(printhub.exitTerms()).isNull();
  }

  @Test
  void acceptsEnumValuesInAnyCaseWithHyphens() {
    RegisterSpec spec =
        RegisterFiles.read(
            """
            units: []
            parties:
              - {code: a, name: A, kind: supplier}
              - {code: b, name: B, kind: sub-processor, parent: a}
            systems: []
            agreements:
              - {code: x, party: a, title: X, regime: dpa-part3, categories: [], start: 2024-01-01}
            """);

    assertThat(spec.parties())
        .extracting(Party::kind)
        .containsExactly(PartyKind.SUPPLIER, PartyKind.SUB_PROCESSOR);
    assertThat(spec.agreements().get(0).regime()).isEqualTo(Regime.DPA_PART3);
  }

  @Test
  void readsEmptySectionsAsNone() {
    RegisterSpec spec =
        RegisterFiles.read(
            """
            units: []
            parties:
            systems: []
            agreements: []
            """);

    assertThat(spec).isEqualTo(RegisterSpec.EMPTY);
  }

  @Test
  void allowsAnAliasForASharedValue() {
    RegisterSpec spec =
        RegisterFiles.read(
            """
            units: []
            parties:
              - code: a
                name: A
                kind: SUPPLIER
                assurance: &standard {cyberEssentials: PLUS, rightToAudit: true}
              - {code: b, name: B, kind: SUPPLIER, assurance: *standard}
            systems: []
            agreements: []
            """);

    assertThat(spec.parties().get(1).assurance()).isEqualTo(spec.parties().get(0).assurance());
  }
}
