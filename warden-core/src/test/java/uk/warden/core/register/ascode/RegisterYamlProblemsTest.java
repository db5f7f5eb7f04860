package uk.warden.core.register.ascode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uk.warden.core.register.ascode.RegisterFiles.at;
import static uk.warden.core.register.ascode.RegisterFiles.problems;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.warden.core.input.InputProblem;

class RegisterYamlProblemsTest {

  @Test
  void rejectsTextThatIsNotYamlWithTheLine() {
    List<InputProblem> problems =
        problems(
            """
            units: []
            parties: [
              {code: a
            """);

    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.reason()).startsWith("not valid YAML");
              assertThat(p.row()).isNotNull();
            });
  }

  @Test
  void rejectsAnEmptyFile() {
    assertThat(problems(""))
        .singleElement()
        .satisfies(p -> assertThat(p.reason()).contains("empty", "units, parties, systems"));
  }

  @Test
  void rejectsATopLevelThatIsNotAMapping() {
    assertThat(problems("- units\n- parties\n"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.reason()).contains("top level must be a mapping");
              assertThat(p.row()).isEqualTo(1);
            });
  }

  @Test
  void rejectsUnknownTopLevelKeyAndAMissingSection() {
    List<InputProblem> problems =
        problems(
            """
            units: []
            parties: []
            systems: []
            agrements: []
            """);

    assertThat(at(problems, "agrements").reason()).contains("did you mean 'agreements'?");
    assertThat(at(problems, "agrements").row()).isEqualTo(4);
    assertThat(at(problems, "agreements").reason()).contains("required", "agreements: []");
  }

  @Test
  void rejectsUnknownFieldNamingTheLikelyTypo() {
    List<InputProblem> problems =
        problems(
            """
            units: []
            parties: []
            systems:
              - code: hr-core
                name: HR
                marking: OFFICIAL
                catgories: [user.name]
                records: 10
            agreements: []
            """);

    InputProblem typo = at(problems, "systems[0] (hr-core).catgories");
    assertThat(typo.row()).isEqualTo(7);
    assertThat(typo.reason()).isEqualTo("unknown field 'catgories'; did you mean 'categories'?");
    assertThat(at(problems, "systems[0] (hr-core).categories").reason()).contains("required");
  }

  @Test
  void rejectsMissingRequiredFieldsAtTheirEntry() {
    List<InputProblem> problems =
        problems(
            """
            units: []
            parties:
              - code: cardco
                name: CardCo
            systems: []
            agreements: []
            """);

    InputProblem kind = at(problems, "parties[0] (cardco).kind");
    assertThat(kind.reason()).isEqualTo("is required");
    assertThat(kind.row()).isEqualTo(3);
  }

  @Test
  void rejectsWrongTypes() {
    List<InputProblem> problems =
        problems(
            """
            units: []
            parties:
              - code: cardco
                name: [CardCo]
                kind: SUPPLIER
                assurance:
                  rightToAudit: sometimes
                  breachNotificationHours: "24"
            systems:
              - {code: hr, name: HR, marking: OFFICIAL, categories: user.name, records: 12.5}
            agreements: []
            """);

    assertThat(at(problems, "parties[0] (cardco).name").reason())
        .isEqualTo("must be a single value, not a list or mapping");
    assertThat(at(problems, "parties[0] (cardco).assurance.rightToAudit").row()).isEqualTo(7);
    assertThat(at(problems, "parties[0] (cardco).assurance.rightToAudit").reason())
        .isEqualTo("must be true or false");
    assertThat(at(problems, "parties[0] (cardco).assurance.breachNotificationHours").reason())
        .startsWith("must be a whole number");
    assertThat(at(problems, "systems[0] (hr).categories").reason()).startsWith("must be a list");
    assertThat(at(problems, "systems[0] (hr).records").row()).isEqualTo(10);
  }

  @Test
  void rejectsBadEnumValuesListingTheAllowedOnes() {
    List<InputProblem> problems =
        problems(
            """
            units:
              - {code: ct, name: CT, flags: [SECRET_SQUIRREL]}
            parties:
              - code: cardco
                name: CardCo
                kind: VENDOR
                assurance: {cyberEssentials: GOLD, requiredStaffVetting: NPPV9}
            systems: []
            agreements: []
            """);

    assertThat(at(problems, "units[0] (ct).flags[0]").reason())
        .isEqualTo(
            "unknown value 'SECRET_SQUIRREL'; allowed: COVERT, COUNTER_TERRORISM, PROTECTION,"
                + " INTELLIGENCE");
    InputProblem kind = at(problems, "parties[0] (cardco).kind");
    assertThat(kind.reason())
        .isEqualTo("unknown value 'VENDOR'; allowed: INTERNAL, SUPPLIER, SUB_PROCESSOR");
    assertThat(kind.row()).isEqualTo(6);
    assertThat(at(problems, "parties[0] (cardco).assurance.cyberEssentials").reason())
        .endsWith("allowed: NONE, BASIC, PLUS");
    assertThat(at(problems, "parties[0] (cardco).assurance.requiredStaffVetting").reason())
        .contains("NPPV2A", "ESC");
  }

  @Test
  void rejectsImpossibleAndNonIsoDates() {
    List<InputProblem> problems =
        problems(
            """
            units: []
            parties:
              - code: cardco
                name: CardCo
                kind: SUPPLIER
                assurance:
                  cyberEssentialsExpires: 2025-02-30
                  lastAudit: 01/06/2025
            systems: []
            agreements: []
            """);

    InputProblem impossible = at(problems, "parties[0] (cardco).assurance.cyberEssentialsExpires");
    assertThat(impossible.reason()).isEqualTo("'2025-02-30' is not a real date");
    assertThat(impossible.row()).isEqualTo(7);
    InputProblem notIso = at(problems, "parties[0] (cardco).assurance.lastAudit");
    assertThat(notIso.reason()).isEqualTo("'01/06/2025' is not an ISO date (YYYY-MM-DD)");
    assertThat(notIso.row()).isEqualTo(8);
  }

  @Test
  void rejectsInvalidCodes() {
    List<InputProblem> problems =
        problems(
            """
            units:
              - {code: CT Policing, name: CT}
            parties: []
            systems: []
            agreements: []
            """);

    InputProblem code = at(problems, "units[0].code");
    assertThat(code.row()).isEqualTo(2);
    assertThat(code.reason()).contains("unit code", "lower-case letters, digits or hyphens");
  }

  @Test
  void rejectsDuplicateCodesWithinASection() {
    List<InputProblem> problems =
        problems(
            """
            units:
              - {code: ct, name: CT}
              - {code: ct, name: Counter Terrorism}
            parties: []
            systems: []
            agreements:
            """);

    InputProblem duplicate = at(problems, "units[1] (ct).code");
    assertThat(duplicate.row()).isEqualTo(3);
    assertThat(duplicate.reason()).isEqualTo("duplicate code 'ct' (first used on line 2)");
  }

  @Test
  void allowsTheSameCodeInDifferentSections() {
    RegisterSpec spec =
        RegisterFiles.read(
            """
            units: [{code: estates, name: Estates}]
            parties: [{code: estates, name: Estates, kind: INTERNAL}]
            systems: []
            agreements: []
            """);

    assertThat(spec.units()).hasSize(1);
    assertThat(spec.parties()).hasSize(1);
  }

  @Test
  void rejectsReferencesToUnknownParties() {
    List<InputProblem> problems =
        problems(
            """
            units: []
            parties:
              - {code: cardco, name: CardCo, kind: SUPPLIER}
              - {code: printhub, name: PrintHub, kind: SUB_PROCESSOR, parent: inkco}
            systems:
              - {code: cards, name: Cards, host: cardko, marking: OFFICIAL, categories: [], records: 1}
            agreements:
              - {code: a-1, party: nobody-ltd, title: A, regime: UK_GDPR, categories: [], start: 2024-01-01}
            """);

    assertThat(at(problems, "parties[1] (printhub).parent").reason())
        .isEqualTo("unknown party 'inkco'; use the code of a party in this file");
    assertThat(at(problems, "systems[0] (cards).host").row()).isEqualTo(6);
    assertThat(at(problems, "systems[0] (cards).host").reason())
        .startsWith("unknown party 'cardko'");
    assertThat(at(problems, "agreements[0] (a-1).party").row()).isEqualTo(8);
  }

  @Test
  void rejectsAParentThatIsNotASupplierOrIsItself() {
    List<InputProblem> problems =
        problems(
            """
            units: []
            parties:
              - {code: it, name: IT, kind: INTERNAL}
              - {code: cardco, name: CardCo, kind: SUPPLIER}
              - {code: sub-a, name: A, kind: SUB_PROCESSOR, parent: it}
              - {code: sub-b, name: B, kind: SUB_PROCESSOR, parent: sub-b}
              - {code: sub-c, name: C, kind: SUB_PROCESSOR}
              - {code: sup-d, name: D, kind: SUPPLIER, parent: cardco}
            systems: []
            agreements: []
            """);

    assertThat(at(problems, "parties[2] (sub-a).parent").reason())
        .isEqualTo("party 'it' is a INTERNAL; a parent must be a SUPPLIER");
    assertThat(at(problems, "parties[3] (sub-b).parent").reason())
        .isEqualTo("a party cannot be its own parent");
    assertThat(at(problems, "parties[4] (sub-c).parent").reason())
        .startsWith("is required for a SUB_PROCESSOR");
    assertThat(at(problems, "parties[4] (sub-c).parent").row()).isEqualTo(7);
    assertThat(at(problems, "parties[5] (sup-d).parent").reason())
        .isEqualTo("only a SUB_PROCESSOR names a parent; this is a SUPPLIER");
  }

  @Test
  void rejectsUnknownCategoryWithItsPath() {
    List<InputProblem> problems =
        problems(
            """
            units: []
            parties: []
            systems:
              - code: hr-core
                name: HR
                marking: OFFICIAL
                categories: [user.name, user.shoe_size]
                records: 10
            agreements: []
            """);

    InputProblem category = at(problems, "systems[0] (hr-core).categories[1]");
    assertThat(category.row()).isEqualTo(7);
    assertThat(category.reason()).startsWith("unknown data category 'user.shoe_size'");
  }

  @Test
  void rejectsNegativeRecordsAndRetention() {
    List<InputProblem> problems =
        problems(
            """
            units: []
            parties: [{code: p, name: P, kind: SUPPLIER}]
            systems:
              - {code: hr, name: HR, marking: OFFICIAL, categories: [], records: -5}
            agreements:
              - {code: a, party: p, title: A, regime: UK_GDPR, categories: [], start: 2024-01-01, retentionMonths: -1}
            """);

    assertThat(at(problems, "systems[0] (hr).records").reason()).isEqualTo("must not be negative");
    assertThat(at(problems, "systems[0] (hr).records").row()).isEqualTo(4);
    assertThat(at(problems, "agreements[0] (a).retentionMonths").reason())
        .isEqualTo("must not be negative");
  }

  @Test
  void rejectsAnAgreementThatEndsBeforeItStarts() {
    List<InputProblem> problems =
        problems(
            """
            units: []
            parties: [{code: p, name: P, kind: SUPPLIER}]
            systems: []
            agreements:
              - code: a
                party: p
                title: A
                regime: UK_GDPR
                categories: []
                start: 2024-01-01
                end: 2023-12-31
            """);

    InputProblem end = at(problems, "agreements[0] (a).end");
    assertThat(end.row()).isEqualTo(11);
    assertThat(end.reason()).isEqualTo("is before start (2024-01-01)");
  }

  @Test
  void rejectsAnUnknownMarkingListingTheKnownOnes() {
    List<InputProblem> problems =
        problems(
            """
            units: []
            parties: []
            systems:
              - {code: hr, name: HR, marking: HUSH HUSH, categories: [], records: 1}
            agreements: []
            """);

    InputProblem marking = at(problems, "systems[0] (hr).marking");
    assertThat(marking.row()).isEqualTo(4);
    assertThat(marking.reason())
        .startsWith("unknown marking 'HUSH HUSH'")
        .contains("OFFICIAL-SENSITIVE", "RESTRICTED");
  }

  @Test
  void rejectsAKeyGivenTwiceInOneMapping() {
    List<InputProblem> problems =
        problems(
            """
            units:
              - code: ct
                name: CT
                name: Counter Terrorism
            parties: []
            systems: []
            agreements: []
            """);

    InputProblem twice = at(problems, "units[0] (ct).name");
    assertThat(twice.row()).isEqualTo(4);
    assertThat(twice.reason()).isEqualTo("is given twice (first on line 3)");
  }

  @Test
  void rejectsEntriesThatAreNotMappingsAndSectionsThatAreNotLists() {
    List<InputProblem> problems =
        problems(
            """
            units: {code: ct}
            parties:
              - cardco
            systems: []
            agreements: []
            """);

    assertThat(at(problems, "units").reason()).startsWith("must be a list");
    assertThat(at(problems, "parties[0]").reason()).isEqualTo("must be a mapping of fields");
    assertThat(at(problems, "parties[0]").row()).isEqualTo(3);
  }

  @Test
  void rejectsAPopulationOfTheWrongShape() {
    List<InputProblem> problems =
        problems(
            """
            units: []
            parties: []
            systems:
              - {code: a, name: A, marking: OFFICIAL, categories: [], records: 1, population: everyone}
              - {code: b, name: B, marking: OFFICIAL, categories: [], records: 1, population: {kinds: [ROBOT]}}
            agreements: []
            """);

    assertThat(at(problems, "systems[0] (a).population").reason())
        .startsWith("must be 'workforce'");
    assertThat(at(problems, "systems[1] (b).population.kinds[0]").reason())
        .startsWith("unknown value 'ROBOT'");
  }

  @Test
  void reportsEveryProblemTogetherAndReturnsNothingPartial() {
    List<InputProblem> problems =
        problems(
            """
            units:
              - {code: ct, name: CT, flags: [NOPE]}
            parties:
              - {code: cardco, name: CardCo, kind: SUPPLIER, assurance: {lastAudit: 2025-13-01}}
            systems:
              - {code: hr, name: HR, marking: OFFICIAL, categories: [user.nope], records: 1, host: ghost}
            agreements:
              - {code: a, party: cardco, title: A, regime: EU_GDPR, categories: [], start: 2024-01-01}
            """);

    assertThat(problems)
        .extracting(InputProblem::field, InputProblem::row)
        .containsExactly(
            tuple("units[0] (ct).flags[0]", 2),
            tuple("parties[0] (cardco).assurance.lastAudit", 4),
            tuple("systems[0] (hr).host", 6),
            tuple("systems[0] (hr).categories[0]", 6),
            tuple("agreements[0] (a).regime", 8));
  }

  @Test
  void neverQuotesFreeTextInReasons() {
    List<InputProblem> problems =
        problems(
            """
            units: []
            parties: []
            systems:
              - {code: hr, name: HR, marking: OFFICIAL, categories: [], records: 1, owner: [Jane Doe]}
            agreements: []
            """);

    assertThat(problems)
        .singleElement()
        .satisfies(p -> assertThat(p.describe()).doesNotContain("Jane"));
  }

  @Test
  void describesAProblemWithFileLineAndPath() {
    InputProblem problem =
        at(
            problems(
                """
                units: []
                parties: [{code: cardco, name: CardCo, kind: VENDOR}]
                systems: []
                agreements: []
                """),
            "parties[0] (cardco).kind");

    assertThat(problem.describe())
        .startsWith("register.yaml: line 2, field 'parties[0] (cardco).kind': unknown value");
  }
}
