package uk.warden.core.register.ascode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import uk.warden.core.input.InputProblem;
import uk.warden.core.register.Unit;

class FieldsTest {

  private final Problems problems = new Problems("register.yaml");

  private Fields fields(String yaml) {
    MappingNode node =
        (MappingNode)
            new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(yaml));
    return new Fields(node, "units[0]", problems, List.of("code", "name"));
  }

  @Test
  void turnsAModelConstructorRefusalIntoALocatedProblem() {
    Fields entry = fields("\n\ncode: ' '\nname: x\n");

    Unit unit = entry.build(() -> new Unit(" ", "x", java.util.Set.of()));

    assertThat(unit).isNull();
    InputProblem problem = problems.exception().problems().get(0);
    assertThat(problem.field()).isEqualTo("units[0]");
    assertThat(problem.row()).isEqualTo(3);
    assertThat(problem.reason()).isEqualTo("unit code is empty");
  }

  @Test
  void suggestsTheFieldAnUnknownNameIsATypoOf() {
    fields("code: a\nnmae: A\nowner: b\n");

    assertThat(problems.exception().problems())
        .extracting(InputProblem::reason)
        .containsExactly(
            "unknown field 'nmae'; did you mean 'name'?",
            "unknown field 'owner'; allowed: code, name");
  }
}
