package uk.warden.core.findings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;

/**
 * The rules findings are evaluated by. The standard set ships as {@code rules.yaml} beside this
 * class; a force overrides it with a whole file of its own ({@link #fromFile}), best made by
 * copying the standard one. A bad file is refused with a {@link BadInputException} listing every
 * problem by rule and field.
 */
public final class RuleSet {

  /** The resource the standard rules ship in, for the app to offer as a starting point. */
  public static final String STANDARD_RESOURCE = "/uk/warden/core/findings/rules.yaml";

  private final List<Rule> rules;
  private final String source;

  RuleSet(List<Rule> rules, String source) {
    this.rules = List.copyOf(rules);
    this.source = source;
  }

  public static RuleSet standard() {
    return fromYaml(standardYaml(), "rules.yaml");
  }

  /** The text of the standard rules file, comments and all. */
  public static String standardYaml() {
    try (InputStream in = RuleSet.class.getResourceAsStream(STANDARD_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("rules.yaml missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static RuleSet fromYaml(String yaml, String source) {
    return RuleSetReader.readYaml(yaml, source);
  }

  /** Reads a force's own rules file; problems name the file by its name only. */
  public static RuleSet fromFile(Path file) {
    String source = String.valueOf(file.getFileName());
    try {
      if (Files.size(file) > RuleSetReader.MAX_CHARS * 4L) {
        throw new BadInputException(InputProblem.file(source, "a rules file is at most 1 MB"));
      }
      return fromYaml(Files.readString(file, StandardCharsets.UTF_8), source);
    } catch (IOException e) {
      throw new BadInputException(
          InputProblem.file(
              source, "cannot be read as UTF-8 text: " + e.getClass().getSimpleName()));
    }
  }

  /** Every rule, enabled or not, in file order. */
  public List<Rule> rules() {
    return rules;
  }

  public List<Rule> enabled() {
    List<Rule> enabled = new ArrayList<>();
    for (Rule rule : rules) {
      if (rule.enabled()) {
        enabled.add(rule);
      }
    }
    return enabled;
  }

  public Optional<Rule> rule(String code) {
    return rules.stream().filter(r -> r.code().equals(code)).findFirst();
  }

  /** Where the rules came from: a file name, or {@code rules.yaml} for the standard set. */
  public String source() {
    return source;
  }

  @Override
  public String toString() {
    return "RuleSet[" + source + ", " + rules.size() + " rules]";
  }
}
