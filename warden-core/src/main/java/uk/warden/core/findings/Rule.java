package uk.warden.core.findings;

import java.util.Objects;

/**
 * One rule of the rule set, as data: what its check looks for is told by {@code check} and tuned by
 * {@code params}; everything else is what people read on each finding it raises.
 *
 * @param code unique in the rule set and part of every finding's key: change it and every finding
 *     of the rule starts afresh
 * @param check the name of the check that evaluates it ({@link Checks})
 * @param enabled a disabled rule is kept in the file but not evaluated
 */
public record Rule(
    String code,
    String check,
    Severity severity,
    boolean enabled,
    String title,
    String explanation,
    String evidence,
    String fix,
    Params params) {

  public Rule {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(fix, "fix");
    Objects.requireNonNull(params, "params");
  }

  @Override
  public String toString() {
    return "Rule[" + code + ", " + check + ", " + severity + (enabled ? "" : ", disabled") + "]";
  }
}
