package uk.warden.core.register.ascode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static uk.warden.core.register.ascode.Samples.agreement;
import static uk.warden.core.register.ascode.Samples.subProcessor;
import static uk.warden.core.register.ascode.Samples.supplier;
import static uk.warden.core.register.ascode.Samples.system;
import static uk.warden.core.register.ascode.Samples.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.warden.core.register.Agreement;
import uk.warden.core.register.Assurance;
import uk.warden.core.register.CyberEssentials;
import uk.warden.core.register.DataSystem;
import uk.warden.core.register.Marking;
import uk.warden.core.register.Party;
import uk.warden.core.register.PartyKind;
import uk.warden.core.register.Population;
import uk.warden.core.register.SensitivityFlag;
import uk.warden.core.register.Unit;

class RegisterPlannerTest {

  private static RegisterSpec spec(
      List<Unit> units, List<Party> parties, List<DataSystem> systems, List<Agreement> agreements) {
    return new RegisterSpec(units, parties, systems, agreements);
  }

  @Test
  void plansAnAddForEachEntityOnlyInTheFile() {
    RegisterSpec desired =
        spec(List.of(unit("ct")), List.of(supplier("cardco")), List.of(), List.of());

    RegisterPlan plan = RegisterPlanner.plan(RegisterSpec.EMPTY, desired);

    assertThat(plan.changes())
        .extracting(RegisterChange::action, RegisterChange::type, RegisterChange::code)
        .containsExactly(
            tuple(Action.ADD, EntityType.UNIT, "ct"),
            tuple(Action.ADD, EntityType.PARTY, "cardco"));
    assertThat(plan.changes().get(1).desiredAs(Party.class)).isEqualTo(supplier("cardco"));
    assertThat(plan.changes().get(1).fields()).contains(new FieldChange("kind", null, "SUPPLIER"));
    assertThat(plan.toAdd()).isEqualTo(2);
  }

  @Test
  void plansAChangeWithOnlyTheFieldsThatDiffer() {
    RegisterSpec current =
        spec(List.of(), List.of(), List.of(system("hr-core", null, 44000, "user.name")), List.of());
    RegisterSpec desired =
        spec(List.of(), List.of(), List.of(system("hr-core", null, 45000, "user.name")), List.of());

    RegisterPlan plan = RegisterPlanner.plan(current, desired);

    assertThat(plan.changes())
        .singleElement()
        .satisfies(
            change -> {
              assertThat(change.action()).isEqualTo(Action.CHANGE);
              assertThat(change.fields())
                  .containsExactly(new FieldChange("records", "44000", "45000"));
              assertThat(change.desiredAs(DataSystem.class).recordCount()).isEqualTo(45000);
            });
    assertThat(plan.toChange()).isEqualTo(1);
  }

  @Test
  void namesNestedAssuranceFieldsWithTheirPrefix() {
    Assurance audited =
        new Assurance(
            CyberEssentials.PLUS,
            null,
            null,
            LocalDate.of(2025, 6, 1),
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    RegisterSpec current = spec(List.of(), List.of(supplier("cardco")), List.of(), List.of());
    RegisterSpec desired =
        spec(List.of(), List.of(supplier("cardco", audited)), List.of(), List.of());

    RegisterPlan plan = RegisterPlanner.plan(current, desired);

    assertThat(plan.changes().get(0).fields())
        .containsExactly(
            new FieldChange("assurance.cyberEssentials", "NONE", "PLUS"),
            new FieldChange("assurance.lastAudit", null, "2025-06-01"));
  }

  @Test
  void plansARemovalForEachEntityMissingFromTheFile() {
    RegisterSpec current =
        spec(List.of(), List.of(supplier("old")), List.of(), List.of(agreement("old-2019", "old")));

    RegisterPlan plan = RegisterPlanner.plan(current, RegisterSpec.EMPTY);

    assertThat(plan.changes())
        .extracting(RegisterChange::action, RegisterChange::type, RegisterChange::code)
        .containsExactly(
            tuple(Action.REMOVE, EntityType.AGREEMENT, "old-2019"),
            tuple(Action.REMOVE, EntityType.PARTY, "old"));
    assertThat(plan.changes()).allSatisfy(c -> assertThat(c.desired()).isNull());
    assertThat(plan.toRemove()).isEqualTo(2);
  }

  @Test
  void plansNothingWhenTheStoreMatchesTheFile() {
    RegisterSpec example = RegisterFiles.example();

    RegisterPlan plan = RegisterPlanner.plan(example, example);

    assertThat(plan.isEmpty()).isTrue();
    assertThat(plan.describe("register.yaml"))
        .isEqualTo("No changes. The register matches register.yaml.");
  }

  @Test
  void comparesSetsRegardlessOfOrder() {
    DataSystem oneWay =
        new DataSystem(
            "hr",
            "HR",
            null,
            new LinkedHashSet<>(List.of("user.name", "user.contact.email")),
            Marking.OFFICIAL,
            1,
            Population.WHOLE_WORKFORCE,
            null);
    DataSystem otherWay =
        new DataSystem(
            "hr",
            "HR",
            null,
            new LinkedHashSet<>(List.of("user.contact.email", "user.name")),
            Marking.OFFICIAL,
            1,
            Population.WHOLE_WORKFORCE,
            null);
    RegisterSpec current =
        spec(
            List.of(unit("ct", SensitivityFlag.COVERT, SensitivityFlag.INTELLIGENCE)),
            List.of(),
            List.of(oneWay),
            List.of());
    RegisterSpec desired =
        spec(
            List.of(unit("ct", SensitivityFlag.INTELLIGENCE, SensitivityFlag.COVERT)),
            List.of(),
            List.of(otherWay),
            List.of());

    assertThat(RegisterPlanner.plan(current, desired).isEmpty()).isTrue();
  }

  @Test
  void showsASetChangeAsSortedLists() {
    RegisterSpec current =
        spec(List.of(), List.of(), List.of(system("hr", null, 1, "user.name")), List.of());
    RegisterSpec desired =
        spec(
            List.of(),
            List.of(),
            List.of(system("hr", null, 1, "user.workforce.pay_number", "user.name")),
            List.of());

    assertThat(RegisterPlanner.plan(current, desired).changes().get(0).fields())
        .containsExactly(
            new FieldChange("categories", "[user.name]", "[user.name, user.workforce.pay_number]"));
  }

  @Test
  void describesThePlanLikeTerraform() {
    RegisterSpec current =
        spec(
            List.of(),
            List.of(supplier("old")),
            List.of(system("hr-core", null, 44000)),
            List.of(agreement("old-2019", "old")));
    RegisterSpec desired =
        spec(
            List.of(),
            List.of(
                new Party(
                    "cardco", "CardCo Identity Ltd", PartyKind.SUPPLIER, null, Assurance.NONE)),
            List.of(system("hr-core", null, 45000)),
            List.of());

    String text = RegisterPlanner.plan(current, desired).describe("register.yaml");

    assertThat(text)
        .isEqualTo(
            """
            + party cardco (CardCo Identity Ltd)
            ~ system hr-core: records 44000 -> 45000
            - agreement old-2019
            - party old

            Plan: 1 to add, 1 to change, 2 to remove.""");
  }

  @Test
  void ordersAddsAndChangesForwardAndRemovalsInReverse() {
    RegisterSpec current =
        spec(
            List.of(unit("gone-unit"), unit("kept-unit")),
            List.of(supplier("gone-sup"), subProcessor("gone-sub", "gone-sup")),
            List.of(system("gone-sys", "gone-sup", 1)),
            List.of(agreement("gone-agr", "gone-sub")));
    RegisterSpec desired =
        spec(
            List.of(unit("kept-unit", SensitivityFlag.COVERT), unit("new-unit")),
            List.of(subProcessor("new-sub", "new-sup"), supplier("new-sup")),
            List.of(system("new-sys", "new-sub", 1)),
            List.of(agreement("new-agr", "new-sup")));

    RegisterPlan plan = RegisterPlanner.plan(current, desired);

    assertThat(plan.changes())
        .extracting(RegisterChange::action, RegisterChange::type, RegisterChange::code)
        .containsExactly(
            tuple(Action.CHANGE, EntityType.UNIT, "kept-unit"),
            tuple(Action.ADD, EntityType.UNIT, "new-unit"),
            tuple(Action.ADD, EntityType.PARTY, "new-sup"),
            tuple(Action.ADD, EntityType.PARTY, "new-sub"),
            tuple(Action.ADD, EntityType.SYSTEM, "new-sys"),
            tuple(Action.ADD, EntityType.AGREEMENT, "new-agr"),
            tuple(Action.REMOVE, EntityType.AGREEMENT, "gone-agr"),
            tuple(Action.REMOVE, EntityType.SYSTEM, "gone-sys"),
            tuple(Action.REMOVE, EntityType.PARTY, "gone-sub"),
            tuple(Action.REMOVE, EntityType.PARTY, "gone-sup"),
            tuple(Action.REMOVE, EntityType.UNIT, "gone-unit"));
  }

  @Test
  void applyingInPlanOrderNeverLeavesAReferenceDangling() {
    RegisterSpec before =
        spec(
            List.of(unit("a")),
            List.of(supplier("s1"), subProcessor("p1", "s1")),
            List.of(system("x", "p1", 1)),
            List.of(agreement("g", "p1")));
    RegisterSpec after =
        spec(
            List.of(unit("b")),
            List.of(subProcessor("p2", "s2"), supplier("s2")),
            List.of(system("y", "p2", 1)),
            List.of(agreement("h", "p2")));
    InMemoryRegister store = new InMemoryRegister();
    store.apply(RegisterPlanner.plan(RegisterSpec.EMPTY, before));

    store.apply(RegisterPlanner.plan(store.snapshot(), after));

    assertThat(RegisterPlanner.plan(store.snapshot(), after).isEmpty()).isTrue();
  }

  @Test
  void secondPlanAfterApplyIsEmpty() {
    RegisterSpec file = RegisterFiles.example();
    InMemoryRegister store = new InMemoryRegister();

    RegisterPlan first = RegisterPlanner.plan(store.snapshot(), file);
    store.apply(first);

    assertThat(first.toAdd()).isEqualTo(9);
    assertThat(RegisterPlanner.plan(store.snapshot(), file).isEmpty()).isTrue();
    store.apply(RegisterPlanner.plan(store.snapshot(), RegisterSpec.EMPTY));
    assertThat(store.snapshot()).isEqualTo(RegisterSpec.EMPTY);
  }

  @Test
  void detectsAChangeInEveryField() {
    DataSystem base = system("hr", "cardco", 1, "user.name");
    List<DataSystem> variants =
        List.of(
            new DataSystem(
                "hr",
                "Other",
                "cardco",
                Set.of("user.name"),
                Marking.OFFICIAL,
                1,
                Population.WHOLE_WORKFORCE,
                null),
            new DataSystem(
                "hr",
                base.name(),
                null,
                Set.of("user.name"),
                Marking.OFFICIAL,
                1,
                Population.WHOLE_WORKFORCE,
                null),
            new DataSystem(
                "hr",
                base.name(),
                "cardco",
                Set.of(),
                Marking.OFFICIAL,
                1,
                Population.WHOLE_WORKFORCE,
                null),
            new DataSystem(
                "hr",
                base.name(),
                "cardco",
                Set.of("user.name"),
                Marking.parse("PROTECT").orElseThrow(),
                1,
                Population.WHOLE_WORKFORCE,
                null),
            new DataSystem(
                "hr",
                base.name(),
                "cardco",
                Set.of("user.name"),
                Marking.OFFICIAL,
                2,
                Population.WHOLE_WORKFORCE,
                null),
            new DataSystem(
                "hr",
                base.name(),
                "cardco",
                Set.of("user.name"),
                Marking.OFFICIAL,
                1,
                new Population(Population.WHOLE_WORKFORCE.kinds(), false),
                null),
            new DataSystem(
                "hr",
                base.name(),
                "cardco",
                Set.of("user.name"),
                Marking.OFFICIAL,
                1,
                Population.WHOLE_WORKFORCE,
                "Owner"));
    RegisterSpec current = spec(List.of(), List.of(supplier("cardco")), List.of(base), List.of());

    for (DataSystem variant : variants) {
      RegisterSpec desired =
          spec(List.of(), List.of(supplier("cardco")), List.of(variant), List.of());
      assertThat(RegisterPlanner.plan(current, desired).changes())
          .as("%s", variant)
          .singleElement()
          .satisfies(c -> assertThat(c.fields()).hasSize(1));
    }
  }

  @Test
  void refusesAChangeWhoseEntityDoesNotMatchItsType() {
    assertThatThrownBy(
            () -> new RegisterChange(EntityType.UNIT, "x", Action.ADD, List.of(), supplier("x")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new RegisterChange(EntityType.UNIT, "x", Action.REMOVE, List.of(), unit("x")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void specRefusesDuplicateCodesAndCopiesItsLists() {
    assertThatThrownBy(() -> spec(List.of(unit("a"), unit("a")), List.of(), List.of(), List.of()))
        .hasMessageContaining("duplicate unit code 'a'");
    List<Unit> units = new ArrayList<>(List.of(unit("a")));
    RegisterSpec spec = spec(units, List.of(), List.of(), List.of());
    units.add(unit("b"));
    assertThat(spec.units()).hasSize(1);
  }
}
