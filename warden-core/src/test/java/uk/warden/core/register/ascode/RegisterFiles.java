package uk.warden.core.register.ascode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;

/** Reads register files in tests and finds the problems they are refused for. */
final class RegisterFiles {

  static final String SOURCE = "register.yaml";

  private RegisterFiles() {}

  static RegisterSpec read(String yaml) {
    return RegisterYaml.read(SOURCE, stream(yaml));
  }

  static RegisterSpec example() {
    try (InputStream in = RegisterFiles.class.getResourceAsStream("register.yaml")) {
      assertThat(in).as("example register on the classpath").isNotNull();
      return RegisterYaml.read(SOURCE, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<InputProblem> problems(String yaml) {
    return problems(yaml.getBytes(StandardCharsets.UTF_8));
  }

  static List<InputProblem> problems(byte[] yaml) {
    BadInputException refused =
        catchThrowableOfType(
            BadInputException.class,
            () -> RegisterYaml.read(SOURCE, new ByteArrayInputStream(yaml)));
    assertThat(refused).as("the file is refused").isNotNull();
    assertThat(refused.problems()).allSatisfy(p -> assertThat(p.source()).isEqualTo(SOURCE));
    return refused.problems();
  }

  /** The one problem reported at {@code path}. */
  static InputProblem at(List<InputProblem> problems, String path) {
    List<InputProblem> found = problems.stream().filter(p -> path.equals(p.field())).toList();
    assertThat(found).as("problems at %s among %s", path, problems).hasSize(1);
    return found.get(0);
  }

  static InputStream stream(String yaml) {
    return new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
  }
}
