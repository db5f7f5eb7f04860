package uk.warden.inspect.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.detect.EntityType;
import uk.warden.inspect.report.Verdict;

/**
 * Reads a policy file: {@code situations} (every situation must be given, so a force's file says
 * what it decided rather than inheriting silently), optional {@code codes} and {@code
 * row-level-rows}. Every mistake is reported with the file and the key.
 */
public final class PolicyReader {

  private static final String BUILT_IN = "default-policy.yaml";

  private PolicyReader() {}

  static Policy standard() {
    try (InputStream in = PolicyReader.class.getResourceAsStream(BUILT_IN)) {
      if (in == null) {
        throw new IllegalStateException(BUILT_IN + " is missing from the build");
      }
      return read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "built-in policy");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Policy read(Path file) {
    try {
      return read(Files.readString(file), file.toString());
    } catch (IOException e) {
      throw new BadInputException(InputProblem.file(file.toString(), "cannot be read"));
    }
  }

  public static Policy read(String yaml, String source) {
    Object root;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      options.setMaxAliasesForCollections(10);
      options.setCodePointLimit(1 << 20);
      root = new Yaml(new SafeConstructor(options)).load(yaml);
    } catch (YAMLException e) {
      throw new BadInputException(InputProblem.file(source, "is not valid YAML"));
    }
    if (!(root instanceof Map<?, ?> map)) {
      throw new BadInputException(InputProblem.file(source, "must be a mapping"));
    }
    Map<Situation, Verdict> situations = situations(map.get("situations"), source);
    Map<String, Verdict> codes = codes(map.get("codes"), source);
    Object rows = map.get("row-level-rows");
    int rowLevelRows = 10;
    if (rows != null) {
      if (!(rows instanceof Integer n) || n < 1) {
        throw new BadInputException(
            InputProblem.field(source, "row-level-rows", "must be a whole number of at least 1"));
      }
      rowLevelRows = n;
    }
    for (Object key : map.keySet()) {
      if (!Map.of("situations", 1, "codes", 1, "row-level-rows", 1).containsKey(key)) {
        throw new BadInputException(
            InputProblem.field(
                source,
                String.valueOf(key),
                "is not a policy key (situations, codes, row-level-rows)"));
      }
    }
    if (situations.get(Situation.UNINSPECTABLE) == Verdict.PASS) {
      throw new BadInputException(
          InputProblem.field(
              source,
              "situations.uninspectable",
              "can never be PASS: what was not read cannot be cleared"));
    }
    return new Policy(source, situations, codes, rowLevelRows);
  }

  private static Map<Situation, Verdict> situations(Object value, String source) {
    if (!(value instanceof Map<?, ?> given)) {
      throw new BadInputException(
          InputProblem.field(source, "situations", "must map each situation to a verdict"));
    }
    Map<String, Situation> byKey = new HashMap<>();
    for (Situation situation : Situation.values()) {
      byKey.put(situation.key(), situation);
    }
    Map<Situation, Verdict> verdicts = new EnumMap<>(Situation.class);
    for (Map.Entry<?, ?> entry : given.entrySet()) {
      String key = String.valueOf(entry.getKey());
      Situation situation = byKey.get(key);
      if (situation == null) {
        throw new BadInputException(
            InputProblem.field(
                source, "situations." + key, "is not a situation; known: " + byKey.keySet()));
      }
      verdicts.put(situation, verdict(entry.getValue(), source, "situations." + key));
    }
    for (Situation situation : Situation.values()) {
      if (!verdicts.containsKey(situation)) {
        throw new BadInputException(
            InputProblem.field(source, "situations." + situation.key(), "is missing"));
      }
    }
    return verdicts;
  }

  private static Map<String, Verdict> codes(Object value, String source) {
    Map<String, Verdict> verdicts = new HashMap<>();
    if (value == null) {
      return verdicts;
    }
    if (!(value instanceof Map<?, ?> given)) {
      throw new BadInputException(
          InputProblem.field(source, "codes", "must map codes to verdicts"));
    }
    for (Map.Entry<?, ?> entry : given.entrySet()) {
      String code = String.valueOf(entry.getKey());
      if (!known(code)) {
        throw new BadInputException(
            InputProblem.field(source, "codes." + code, "is not a finding code"));
      }
      verdicts.put(code, verdict(entry.getValue(), source, "codes." + code));
    }
    return verdicts;
  }

  private static boolean known(String code) {
    for (HiddenContent hidden : HiddenContent.values()) {
      if (hidden.name().equals(code)) {
        return true;
      }
    }
    for (EntityType type : EntityType.values()) {
      if (type.name().equals(code)) {
        return true;
      }
    }
    return code.equals(Codes.WORKFORCE_MATCH)
        || code.equals(Codes.HIGH_RISK_COMBINATION)
        || code.equals(Codes.ROW_LEVEL_DATA);
  }

  private static Verdict verdict(Object value, String source, String field) {
    try {
      return Verdict.valueOf(String.valueOf(value).trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadInputException(
          InputProblem.field(source, field, "must be PASS, REVIEW or BLOCK"));
    }
  }
}
