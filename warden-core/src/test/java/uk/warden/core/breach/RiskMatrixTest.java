package uk.warden.core.breach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;
import uk.warden.core.register.CategoryRole;
import uk.warden.core.register.ClearanceLevel;
import uk.warden.core.register.DataTaxonomy;
import uk.warden.core.register.SensitivityFlag;

class RiskMatrixTest {

  private static final DataTaxonomy TAXONOMY = DataTaxonomy.standard();

  @Test
  void shipsTheHighRiskCombinationAsItsDefault() {
    RiskMatrix matrix = RiskMatrix.standard();

    assertThat(matrix.otherwise()).isEqualTo(RiskTier.LOW);
    assertThat(matrix.rules())
        .extracting(TierRule::name, TierRule::tier)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("recognisable-in-sensitive-role", RiskTier.HIGH),
            org.assertj.core.groups.Tuple.tuple("high-risk-combination", RiskTier.HIGH),
            org.assertj.core.groups.Tuple.tuple("identity-with-harmful-data", RiskTier.MEDIUM));
    assertThat(matrix.rules().get(1).when())
        .containsExactly(
            new TierCondition.AnyRole(CategoryRole.IDENTITY),
            new TierCondition.AnyRole(CategoryRole.AGGRAVATING));
    assertThat(matrix.rules().get(0).when().get(1))
        .isEqualTo(
            new TierCondition.Either(
                List.of(
                    new TierCondition.HoldsClearance(
                        Set.of(
                            ClearanceLevel.SC,
                            ClearanceLevel.ESC,
                            ClearanceLevel.DV,
                            ClearanceLevel.EDV)),
                    new TierCondition.HasFlag(Set.of(SensitivityFlag.values())))));
  }

  @Test
  void readsAForcesOwnMatrixFromAMap() {
    Map<String, Object> spec =
        Map.of(
            "otherwise",
            "medium",
            "rules",
            List.of(
                Map.of(
                    "name", "any-photo",
                    "tier", "HIGH",
                    "when", List.of(Map.of("anyCategory", List.of("user.biometric.photo"))))));

    RiskMatrix matrix = RiskMatrix.fromMap(spec, "force.yaml", TAXONOMY);

    assertThat(matrix.otherwise()).isEqualTo(RiskTier.MEDIUM);
    assertThat(matrix.rules().get(0).when())
        .containsExactly(new TierCondition.AnyCategory(Set.of("user.biometric.photo")));
  }

  @Test
  void reportsEveryProblemWithItsPath() {
    String yaml =
        """
        rules:
          - name: one
            tier: SEVERE
            when:
              - role: FAMOUS
          - name: two
            tier: HIGH
            when:
              - anyCategory: [user.shoe_size]
              - minRiskWeight: 12
              - colour: red
        """;

    assertThatThrownBy(() -> RiskMatrix.fromYaml(yaml, "force.yaml", TAXONOMY))
        .isInstanceOfSatisfying(
            BadInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(InputProblem::field)
                    .containsExactly(
                        "rules[0].tier",
                        "rules[0].when[0].role",
                        "rules[1].when[0].anyCategory",
                        "rules[1].when[1].minRiskWeight",
                        "rules[1].when[2].colour"));
  }

  @Test
  void refusesARuleWithNoConditions() {
    assertThatThrownBy(() -> new TierRule("empty", RiskTier.HIGH, "", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RiskMatrix.fromYaml("- just a list", "x.yaml", TAXONOMY))
        .isInstanceOf(BadInputException.class);
  }
}
