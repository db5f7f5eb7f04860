package uk.warden.core.register.ascode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static uk.warden.core.register.ascode.RegisterFiles.problems;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.warden.core.input.InputProblem;

class RegisterYamlHostileInputTest {

  private static final Duration QUICKLY = Duration.ofSeconds(5);

  @Test
  void refusesABillionLaughsFileQuickly() {
    String laughs =
        """
        a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
        e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
        f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
        g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
        h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
        i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
        """;

    List<InputProblem> problems = assertTimeoutPreemptively(QUICKLY, () -> problems(laughs));

    assertThat(problems)
        .singleElement()
        .satisfies(p -> assertThat(p.reason()).contains("aliases", "max=20"));
  }

  @Test
  void refusesJavaTypeTagsWithoutInstantiatingAnything() {
    List<InputProblem> problems =
        problems(
            """
            units: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://example.invalid/"]]]]
            parties: []
            systems: []
            agreements: []
            """);

    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> assertThat(p.reason()).contains("not valid YAML", "Global tag is not allowed"));
  }

  @Test
  void refusesCustomLocalTags() {
    List<InputProblem> problems =
        problems(
            """
            units: []
            parties: [{code: a, name: !secret A, kind: SUPPLIER}]
            systems: []
            agreements: []
            """);

    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.reason()).isEqualTo("YAML tag '!secret' is not allowed here");
              assertThat(p.row()).isEqualTo(2);
            });
  }

  @Test
  void refusesMergeKeys() {
    List<InputProblem> problems =
        problems(
            """
            units: []
            parties:
              - {code: a, name: A, kind: SUPPLIER}
              - {<<: {name: B, kind: SUPPLIER}, code: b}
            systems: []
            agreements: []
            """);

    assertThat(problems).anySatisfy(p -> assertThat(p.reason()).startsWith("merge keys (<<)"));
  }

  @Test
  void refusesDeepNesting() {
    String deep = "units: " + "[".repeat(500) + "]".repeat(500) + "\n";

    List<InputProblem> problems = assertTimeoutPreemptively(QUICKLY, () -> problems(deep));

    assertThat(problems)
        .singleElement()
        .satisfies(p -> assertThat(p.reason()).containsIgnoringCase("nesting depth"));
  }

  @Test
  void refusesAFileOverTheSizeLimit() {
    String huge = "units: []\n" + "#".repeat(YamlSource.MAX_BYTES);

    List<InputProblem> problems = assertTimeoutPreemptively(QUICKLY, () -> problems(huge));

    assertThat(problems)
        .singleElement()
        .satisfies(p -> assertThat(p.reason()).isEqualTo("the file is larger than 10485760 bytes"));
  }

  @Test
  void refusesBytesThatAreNotUtf8() {
    byte[] latin1 =
        "units: []\nparties: [{code: a, name: Café, kind: SUPPLIER}]\n"
            .getBytes(StandardCharsets.ISO_8859_1);

    assertThat(problems(latin1))
        .singleElement()
        .satisfies(p -> assertThat(p.reason()).startsWith("not readable as YAML"));
  }

  @Test
  void refusesMoreThanOneDocument() {
    List<InputProblem> problems =
        problems(
            """
            units: []
            ---
            parties: []
            """);

    assertThat(problems)
        .singleElement()
        .satisfies(p -> assertThat(p.reason()).startsWith("not valid YAML"));
  }
}
