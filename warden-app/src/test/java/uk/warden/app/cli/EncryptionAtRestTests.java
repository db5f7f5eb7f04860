package uk.warden.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.warden.app.cli.CliRun.warden;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A copy of the embedded store alone reveals no names: every file of a generated force's data
 * folder is read as bytes and searched for the people's names, which the app (holding the key)
 * still shows.
 */
class EncryptionAtRestTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  @Test
  void theDataFolderHoldsNoNameOfTheForcesPeople() throws IOException {
    Path data = dir.resolve("warden-data");
    assertThat(
            warden("generate", "--people", "300", "--seed", "5", "--data", data.toString()).exit())
        .isEqualTo(ExitCodes.OK);
    JsonNode people =
        JSON.readTree(warden("list", "people", "--json", "--data", data.toString()).out());
    List<String> names = knownNames(people, otherRegisterText(data));
    assertThat(names).hasSizeGreaterThanOrEqualTo(50);

    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(data)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String bytes = caseFolded(Files.readAllBytes(file));
        for (String name : names) {
          if (bytes.contains(caseFolded(name.getBytes(StandardCharsets.UTF_8)))
              || bytes.contains(caseFolded(name.getBytes(StandardCharsets.UTF_16BE)))
              || bytes.contains(caseFolded(name.getBytes(StandardCharsets.UTF_16LE)))) {
            found.add(name + " in " + data.relativize(file));
          }
        }
      }
    }

    assertThat(found).isEmpty();
    assertThat(data.resolveSibling("warden-data.key")).isRegularFile();
    try (Stream<Path> files = Files.walk(data)) {
      assertThat(files.map(Path::getFileName).map(Path::toString))
          .noneMatch(name -> name.endsWith(".key"));
    }
  }

  /**
   * Up to 100 surnames and forenames (five letters or more) of the generated people, leaving out
   * any that the store holds plain for another reason: in the name of a party, system or agreement,
   * or a word of its schema (a constraint's text, such as the verdict BLOCK).
   */
  private static List<String> knownNames(JsonNode people, String otherText) {
    Set<String> names = new LinkedHashSet<>();
    for (JsonNode person : people) {
      for (String field : List.of("surname", "forenames")) {
        for (String name : person.get(field).asString().split("[ '-]")) {
          if (name.length() >= 5 && !otherText.contains(name.toLowerCase(Locale.ROOT))) {
            names.add(name);
          }
        }
      }
      if (names.size() >= 100) {
        break;
      }
    }
    return List.copyOf(names);
  }

  private static String otherRegisterText(Path data) throws IOException {
    StringBuilder text = new StringBuilder();
    try (Stream<Path> migrations = Files.list(Path.of("src/main/resources/db/migration"))) {
      for (Path migration : migrations.toList()) {
        text.append(Files.readString(migration));
      }
    }
    for (String what : List.of("parties", "systems", "agreements")) {
      text.append(warden("list", what, "--json", "--data", data.toString()).out());
    }
    return text.toString().toLowerCase(Locale.ROOT);
  }

  /** Bytes as one char each, in lower case: a name is found in any case and any encoding. */
  private static String caseFolded(byte[] bytes) {
    return new String(bytes, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
  }
}
