package uk.warden.inspect.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import uk.warden.core.input.BadInputException;
import uk.warden.inspect.Inspector;
import uk.warden.inspect.content.Limits;
import uk.warden.inspect.content.Source;
import uk.warden.inspect.content.UnreadableException;
import uk.warden.inspect.policy.Expectation;
import uk.warden.inspect.policy.PolicyReader;
import uk.warden.inspect.sanitise.Sanitiser;
import uk.warden.inspect.sanitise.WordCleaner;

/**
 * Every parser entry point fed arbitrary bytes: the sniffer and every format reader (through the
 * inspector, which routes by content, so seeds of each format reach each reader), the sanitisers,
 * and the policy file. The only acceptable failure is the documented refusal; anything else (a
 * runtime exception, an error, a hang past Jazzer's timeout) is a bug.
 *
 * <p>{@code mvn test} replays the committed seeds in {@code InspectorFuzzTestsInputs/<method>/}
 * (one small valid file per format). To fuzz for real: {@code JAZZER_FUZZ=1 mvn test -pl
 * warden-inspect -Dtest=InspectorFuzzTests}; commit any crash file it writes there as a new seed
 * once the bug is fixed.
 */
class InspectorFuzzTests {

  private static final Limits LIMITS = new Limits(8L << 20, 64L << 20, 200, 2_000, 200_000, 3, 200);
  private static final Inspector INSPECTOR = Inspector.builder().limits(LIMITS).build();

  @FuzzTest(maxDuration = "60s")
  void inspectAnyBytes(byte[] data) {
    try {
      INSPECTOR.inspect(Source.of("fuzz", data, LIMITS), Expectation.AGGREGATE);
    } catch (UnreadableException expected) {
      // The documented refusal of a damaged or hostile file.
    }
  }

  @FuzzTest(maxDuration = "60s")
  void sanitiseAnyBytes(byte[] data) throws Exception {
    Path dir = Files.createTempDirectory("warden-fuzz");
    try {
      Path in = Files.write(dir.resolve("in"), data);
      try {
        new Sanitiser(INSPECTOR).sanitise(in, dir.resolve("out.csv"), null, Set.of());
      } catch (UnreadableException expected) {
        // Refused: not a spreadsheet, no visible sheet, or damaged.
      }
      try {
        new WordCleaner(INSPECTOR).clean(in, dir.resolve("out.docx"));
      } catch (UnreadableException expected) {
        // Refused: not a complete Word package, or hostile XML.
      }
    } finally {
      try (var files = Files.list(dir)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
      Files.delete(dir);
    }
  }

  @FuzzTest(maxDuration = "30s")
  void readAnyPolicy(byte[] data) {
    try {
      PolicyReader.read(new String(data, StandardCharsets.UTF_8), "fuzz.yaml");
    } catch (BadInputException expected) {
      // A mistake in a policy file is reported with the key; nothing else may escape.
    }
  }
}
