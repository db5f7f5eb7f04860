package uk.warden.core.breach;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;
import uk.warden.core.register.CategoryRole;
import uk.warden.core.register.ClearanceLevel;
import uk.warden.core.register.DataTaxonomy;
import uk.warden.core.register.SensitivityFlag;

/**
 * Reads a risk matrix from its YAML or map form, collecting every problem with its field path
 * ({@code rules[1].when[0].role}) so the whole file is fixed in one pass.
 */
final class RiskMatrixReader {

  private static final int MAX_CHARS = 256 * 1024;

  private final String source;
  private final DataTaxonomy taxonomy;
  private final List<InputProblem> problems = new ArrayList<>();

  private RiskMatrixReader(String source, DataTaxonomy taxonomy) {
    this.source = source;
    this.taxonomy = taxonomy;
  }

  static RiskMatrix readYaml(String yaml, String source, DataTaxonomy taxonomy) {
    if (yaml.length() > MAX_CHARS) {
      throw new BadInputException(InputProblem.file(source, "a risk matrix is at most 256 KB"));
    }
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(10);
    options.setNestingDepthLimit(20);
    Object root;
    try {
      root = new Yaml(new SafeConstructor(options)).load(yaml);
    } catch (YAMLException e) {
      throw new BadInputException(InputProblem.file(source, "not valid YAML: " + e.getMessage()));
    }
    if (!(root instanceof Map<?, ?> map)) {
      throw new BadInputException(
          InputProblem.file(source, "the top level must be a mapping with 'rules'"));
    }
    return read(map, source, taxonomy);
  }

  static RiskMatrix read(Map<?, ?> spec, String source, DataTaxonomy taxonomy) {
    return new RiskMatrixReader(source, taxonomy).matrix(spec);
  }

  private RiskMatrix matrix(Map<?, ?> spec) {
    RiskTier otherwise = RiskTier.LOW;
    if (spec.get("otherwise") != null) {
      RiskTier tier = enumValue(RiskTier.class, spec.get("otherwise"), "otherwise");
      otherwise = tier == null ? otherwise : tier;
    }
    List<TierRule> rules = new ArrayList<>();
    Object list = spec.get("rules");
    if (!(list instanceof List<?> entries)) {
      problem("rules", "must be a list of rules");
    } else {
      for (int i = 0; i < entries.size(); i++) {
        TierRule rule = rule(entries.get(i), "rules[" + i + "]");
        if (rule != null) {
          rules.add(rule);
        }
      }
    }
    for (Object key : spec.keySet()) {
      if (!"rules".equals(key) && !"otherwise".equals(key)) {
        problem(String.valueOf(key), "unknown field; expected 'rules' and 'otherwise'");
      }
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
    try {
      return RiskMatrix.of(rules, otherwise, taxonomy);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(InputProblem.file(source, e.getMessage()));
    }
  }

  private @Nullable TierRule rule(Object entry, String path) {
    if (!(entry instanceof Map<?, ?> map)) {
      problem(path, "must be a mapping with name, tier, reason and when");
      return null;
    }
    int before = problems.size();
    String name = text(map.get("name"), path + ".name");
    RiskTier tier = enumValue(RiskTier.class, map.get("tier"), path + ".tier");
    Object reason = map.get("reason");
    List<TierCondition> when = conditions(map.get("when"), path + ".when");
    for (Object key : map.keySet()) {
      if (!Set.of("name", "tier", "reason", "when").contains(String.valueOf(key))) {
        problem(path + "." + key, "unknown field; expected name, tier, reason and when");
      }
    }
    if (problems.size() > before || name == null || tier == null) {
      return null;
    }
    return new TierRule(name, tier, reason == null ? "" : String.valueOf(reason), when);
  }

  private List<TierCondition> conditions(@Nullable Object value, String path) {
    List<TierCondition> conditions = new ArrayList<>();
    if (!(value instanceof List<?> entries) || entries.isEmpty()) {
      problem(path, "must be a non-empty list of conditions");
      return conditions;
    }
    for (int i = 0; i < entries.size(); i++) {
      TierCondition condition = condition(entries.get(i), path + "[" + i + "]");
      if (condition != null) {
        conditions.add(condition);
      }
    }
    return conditions;
  }

  private @Nullable TierCondition condition(Object entry, String path) {
    if (!(entry instanceof Map<?, ?> map) || map.size() != 1) {
      problem(path, "must be a mapping with exactly one condition");
      return null;
    }
    Map.Entry<?, ?> only = map.entrySet().iterator().next();
    String kind = String.valueOf(only.getKey());
    Object value = only.getValue();
    String at = path + "." + kind;
    switch (kind) {
      case "anyCategory":
      case "allCategories":
        Set<String> keys = categories(value, at);
        if (keys.isEmpty()) {
          return null;
        }
        return kind.equals("anyCategory")
            ? new TierCondition.AnyCategory(keys)
            : new TierCondition.AllCategories(keys);
      case "role":
        CategoryRole role = enumValue(CategoryRole.class, value, at);
        return role == null ? null : new TierCondition.AnyRole(role);
      case "minRiskWeight":
        if (!(value instanceof Integer weight) || weight < 0 || weight > 10) {
          problem(at, "must be a whole number from 0 to 10");
          return null;
        }
        return new TierCondition.MinRiskWeight(weight);
      case "clearance":
        Set<ClearanceLevel> levels = enums(ClearanceLevel.class, value, at);
        return levels.isEmpty() ? null : new TierCondition.HoldsClearance(levels);
      case "flag":
        Set<SensitivityFlag> flags = enums(SensitivityFlag.class, value, at);
        return flags.isEmpty() ? null : new TierCondition.HasFlag(flags);
      case "either":
        int before = problems.size();
        List<TierCondition> options = conditions(value, at);
        return problems.size() > before ? null : new TierCondition.Either(options);
      default:
        problem(
            at,
            "unknown condition; expected anyCategory, allCategories, role, minRiskWeight,"
                + " clearance, flag or either");
        return null;
    }
  }

  private Set<String> categories(@Nullable Object value, String path) {
    Set<String> keys = new LinkedHashSet<>();
    if (!(value instanceof List<?> list) || list.isEmpty()) {
      problem(path, "must be a non-empty list of category keys");
      return keys;
    }
    for (Object item : list) {
      String key = String.valueOf(item);
      if (!taxonomy.knows(key)) {
        problem(path, "unknown category '" + key + "'");
        return Set.of();
      }
      keys.add(key);
    }
    return keys;
  }

  private <E extends Enum<E>> Set<E> enums(Class<E> type, @Nullable Object value, String path) {
    Set<E> values = EnumSet.noneOf(type);
    if (!(value instanceof List<?> list) || list.isEmpty()) {
      problem(path, "must be a non-empty list");
      return values;
    }
    for (Object item : list) {
      E parsed = enumValue(type, item, path);
      if (parsed == null) {
        return EnumSet.noneOf(type);
      }
      values.add(parsed);
    }
    return values;
  }

  private <E extends Enum<E>> @Nullable E enumValue(
      Class<E> type, @Nullable Object value, String path) {
    if (value != null) {
      String name = String.valueOf(value).trim().toUpperCase(Locale.ROOT);
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(name)) {
          return constant;
        }
      }
    }
    List<String> allowed = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      allowed.add(constant.name());
    }
    problem(path, "must be one of " + String.join(", ", allowed));
    return null;
  }

  private @Nullable String text(@Nullable Object value, String path) {
    if (value == null || String.valueOf(value).isBlank()) {
      problem(path, "is required");
      return null;
    }
    return String.valueOf(value);
  }

  private void problem(String path, String reason) {
    problems.add(InputProblem.field(source, path, reason));
  }
}
