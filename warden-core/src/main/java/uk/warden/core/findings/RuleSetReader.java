package uk.warden.core.findings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;

/**
 * Reads a rules file, collecting every problem before refusing it, each located by field path
 * ({@code rules[3].params.days}) and naming the rule ({@code rule 'access-unused': ...}) so a force
 * fixes its copy in one pass.
 */
final class RuleSetReader {

  static final int MAX_CHARS = 1024 * 1024;
  private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
  private static final Set<String> RULE_FIELDS =
      Set.of(
          "code",
          "check",
          "severity",
          "enabled",
          "title",
          "explanation",
          "evidence",
          "fix",
          "params");

  private final String source;
  private final List<InputProblem> problems = new ArrayList<>();

  private RuleSetReader(String source) {
    this.source = source;
  }

  static RuleSet readYaml(String yaml, String source) {
    if (yaml.length() > MAX_CHARS) {
      throw new BadInputException(InputProblem.file(source, "a rules file is at most 1 MB"));
    }
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(20);
    options.setNestingDepthLimit(20);
    options.setAllowDuplicateKeys(false);
    Object root;
    try {
      root = new Yaml(new SafeConstructor(options)).load(yaml);
    } catch (YAMLException e) {
      throw new BadInputException(
          InputProblem.file(source, "not valid YAML: " + firstLine(e.getMessage())));
    }
    if (!(root instanceof Map<?, ?> map)) {
      throw new BadInputException(
          InputProblem.file(source, "the top level must be a mapping with 'version' and 'rules'"));
    }
    return new RuleSetReader(source).ruleSet(map);
  }

  private RuleSet ruleSet(Map<?, ?> map) {
    for (Object key : map.keySet()) {
      if (!"rules".equals(key) && !"version".equals(key)) {
        problem(String.valueOf(key), "unknown field; expected 'version' and 'rules'");
      }
    }
    Object version = map.get("version");
    if (version != null && !Integer.valueOf(1).equals(version)) {
      problem("version", "must be 1, the only version this Warden reads");
    }
    List<Rule> rules = new ArrayList<>();
    if (!(map.get("rules") instanceof List<?> entries) || entries.isEmpty()) {
      problem("rules", "must be a non-empty list of rules");
    } else {
      Set<String> codes = new HashSet<>();
      for (int i = 0; i < entries.size(); i++) {
        // A code is taken even by a rule with other problems, so a copy of it is still caught.
        if (entries.get(i) instanceof Map<?, ?> entry
            && entry.get("code") instanceof String code
            && !codes.add(code.strip())) {
          problem("rules[" + i + "].code", "rule '" + code.strip() + "': the code is used twice");
        }
        Rule rule = rule(entries.get(i), "rules[" + i + "]");
        if (rule != null) {
          rules.add(rule);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
    return new RuleSet(rules, source);
  }

  private @Nullable Rule rule(Object entry, String path) {
    if (!(entry instanceof Map<?, ?> map)) {
      problem(path, "must be a mapping with code, check, severity, title and the texts");
      return null;
    }
    int before = problems.size();
    String code = text(map, "code", path, "rule");
    String who = code == null ? "rule at " + path : "rule '" + code + "'";
    if (code != null && !CODE.matcher(code).matches()) {
      problem(path + ".code", who + ": must be lower-case letters, digits and hyphens");
    }
    for (Object key : map.keySet()) {
      if (!RULE_FIELDS.contains(String.valueOf(key))) {
        problem(
            path + "." + key,
            who
                + ": unknown field; expected code, check, severity, enabled, title, explanation,"
                + " evidence, fix and params");
      }
    }
    String checkName = text(map, "check", path, who);
    Check check = null;
    if (checkName != null) {
      check = Checks.named(checkName).orElse(null);
      if (check == null) {
        problem(
            path + ".check",
            who
                + ": unknown check '"
                + checkName
                + "'; known: "
                + String.join(", ", Checks.all().keySet()));
      }
    }
    Severity severity = null;
    Object rawSeverity = map.get("severity");
    try {
      severity = rawSeverity == null ? null : ParamSpec.constant(Severity.class, rawSeverity);
    } catch (IllegalArgumentException e) {
      problem(path + ".severity", who + ": " + e.getMessage());
    }
    if (rawSeverity == null) {
      problem(path + ".severity", who + ": is required (LOW, MEDIUM, HIGH or CRITICAL)");
    }
    Object enabled = map.get("enabled");
    if (enabled != null && !(enabled instanceof Boolean)) {
      problem(path + ".enabled", who + ": must be true or false");
    }
    String title = text(map, "title", path, who);
    String explanation = text(map, "explanation", path, who);
    String evidence = text(map, "evidence", path, who);
    String fix = text(map, "fix", path, who);
    Params params = check == null ? null : params(check, map.get("params"), path, who);
    if (problems.size() > before) {
      return null;
    }
    return new Rule(
        code,
        checkName,
        severity,
        enabled == null || (Boolean) enabled,
        title,
        explanation,
        evidence,
        fix,
        params);
  }

  private @Nullable Params params(Check check, @Nullable Object raw, String path, String who) {
    Map<String, Object> values = new LinkedHashMap<>(Params.defaults(check.params()).asMap());
    if (raw == null) {
      return new Params(values);
    }
    if (!(raw instanceof Map<?, ?> given)) {
      problem(path + ".params", who + ": must be a mapping of parameter names to values");
      return null;
    }
    Map<String, ParamSpec> specs = new LinkedHashMap<>();
    for (ParamSpec spec : check.params()) {
      specs.put(spec.name(), spec);
    }
    for (Map.Entry<?, ?> entry : given.entrySet()) {
      String name = String.valueOf(entry.getKey());
      ParamSpec spec = specs.get(name);
      if (spec == null) {
        problem(
            path + ".params." + name,
            who
                + ": check '"
                + check.name()
                + "' has no parameter '"
                + name
                + "'"
                + (specs.isEmpty()
                    ? "; it takes none"
                    : "; it takes " + String.join(", ", specs.keySet())));
        continue;
      }
      try {
        values.put(name, spec.read(entry.getValue()));
      } catch (IllegalArgumentException | ClassCastException e) {
        problem(path + ".params." + name, who + ": " + e.getMessage());
      }
    }
    return new Params(values);
  }

  private @Nullable String text(Map<?, ?> map, String field, String path, String who) {
    Object value = map.get(field);
    if (value == null || String.valueOf(value).isBlank()) {
      problem(path + "." + field, who + ": is required");
      return null;
    }
    if (!(value instanceof String)) {
      problem(path + "." + field, who + ": must be text");
      return null;
    }
    return ((String) value).strip();
  }

  private void problem(String path, String reason) {
    problems.add(InputProblem.field(source, path, reason));
  }

  private static String firstLine(@Nullable String message) {
    if (message == null) {
      return "unreadable";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
