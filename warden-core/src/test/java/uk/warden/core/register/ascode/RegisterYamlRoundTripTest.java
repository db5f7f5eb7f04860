package uk.warden.core.register.ascode;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.warden.core.register.Agreement;
import uk.warden.core.register.Assurance;
import uk.warden.core.register.Classification;
import uk.warden.core.register.ClearanceLevel;
import uk.warden.core.register.CyberEssentials;
import uk.warden.core.register.DataSystem;
import uk.warden.core.register.Marking;
import uk.warden.core.register.Party;
import uk.warden.core.register.PartyKind;
import uk.warden.core.register.PersonKind;
import uk.warden.core.register.Population;
import uk.warden.core.register.Regime;
import uk.warden.core.register.SensitivityFlag;
import uk.warden.core.register.Unit;

class RegisterYamlRoundTripTest {

  @Test
  void writtenExampleReadsBackEqual() {
    RegisterSpec example = RegisterFiles.example();

    assertThat(RegisterFiles.read(RegisterYaml.write(example))).isEqualTo(example);
  }

  @Test
  void emptyRegisterRoundTripsWithExplicitEmptySections() {
    String written = RegisterYaml.write(RegisterSpec.EMPTY);

    assertThat(written).isEqualTo("units: []\nparties: []\nsystems: []\nagreements: []\n");
    assertThat(RegisterFiles.read(written)).isEqualTo(RegisterSpec.EMPTY);
  }

  @Test
  void textThatLooksLikeOtherYamlRoundTrips() {
    RegisterSpec tricky =
        new RegisterSpec(
            List.of(new Unit("2021", "null", Set.of(SensitivityFlag.COVERT))),
            List.of(
                new Party(
                    "yes",
                    "Quote's \"Ltd\": #1 - [the best]",
                    PartyKind.SUPPLIER,
                    null,
                    new Assurance(
                        CyberEssentials.NONE,
                        null,
                        null,
                        null,
                        "2025-06-01",
                        0,
                        false,
                        null,
                        null,
                        ClearanceLevel.ESC,
                        "  UK  "))),
            List.of(
                new DataSystem(
                    "on",
                    "~",
                    "yes",
                    Set.of(),
                    new Marking(Classification.SECRET, false, "CONFIDENTIAL"),
                    0,
                    new Population(Set.of(), true),
                    "true")),
            List.of(
                new Agreement(
                    "123",
                    "yes",
                    "- dash",
                    "Line one\nLine two: with colon\n",
                    "",
                    Regime.DPA_PART3,
                    Set.of("user.name"),
                    LocalDate.of(2020, 2, 29),
                    LocalDate.of(2020, 2, 29),
                    0,
                    "é ✓ 😀")));

    assertThat(RegisterFiles.read(RegisterYaml.write(tricky))).isEqualTo(tricky);
  }

  @Test
  void writesIsoDatesAndNumbersBareAndLeavesOutUnsetFields() {
    RegisterSpec spec =
        new RegisterSpec(
            List.of(),
            List.of(Samples.supplier("cardco")),
            List.of(),
            List.of(Samples.agreement("cardco-2024", "cardco", "user.name")));

    assertThat(RegisterYaml.write(spec))
        .isEqualTo(
            """
            units: []
            parties:
              - code: cardco
                name: Supplier cardco
                kind: SUPPLIER
            systems: []
            agreements:
              - code: cardco-2024
                party: cardco
                title: Agreement cardco-2024
                regime: UK_GDPR
                categories: [user.name]
                start: 2024-01-01
            """);
  }

  @Test
  void writesSetsSortedWhateverTheirOrder() {
    Set<String> oneWay = new LinkedHashSet<>(List.of("user.name", "user.contact.email"));
    Set<String> otherWay = new LinkedHashSet<>(List.of("user.contact.email", "user.name"));
    DataSystem a =
        new DataSystem("a", "A", null, oneWay, Marking.OFFICIAL, 1, Population.NOBODY, null);
    DataSystem b =
        new DataSystem("a", "A", null, otherWay, Marking.OFFICIAL, 1, Population.NOBODY, null);

    String first =
        RegisterYaml.write(new RegisterSpec(List.of(), List.of(), List.of(a), List.of()));
    String second =
        RegisterYaml.write(new RegisterSpec(List.of(), List.of(), List.of(b), List.of()));

    assertThat(first).isEqualTo(second).contains("categories: [user.contact.email, user.name]");
  }

  @Test
  void writesPopulationAsWorkforceOrAOneLineRule() {
    DataSystem everyone = Samples.system("all", null, 5);
    DataSystem officers =
        new DataSystem(
            "officers",
            "Officers",
            null,
            Set.of(),
            Marking.OFFICIAL,
            5,
            new Population(Set.of(PersonKind.STAFF, PersonKind.OFFICER), false),
            null);

    String written =
        RegisterYaml.write(
            new RegisterSpec(List.of(), List.of(), List.of(everyone, officers), List.of()));

    assertThat(written)
        .contains("population: workforce")
        .contains("population: {kinds: [OFFICER, STAFF], leavers: false}");
  }
}
