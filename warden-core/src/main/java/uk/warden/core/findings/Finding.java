package uk.warden.core.findings;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A rule's verdict on one subject.
 *
 * @param key stable across evaluations while the same rule finds the same thing about the same
 *     subject: {@code leaver-with-access/principal/u123456}; the app keeps the finding's state
 *     (assigned, resolved, reopened) under it
 * @param check the check behind the rule, which says what kind of finding it is whatever a force
 *     named its rule
 * @param summary one sentence that states what was found, with ids and counts
 * @param explanation why it matters (the rule's text)
 * @param evidenceNote what the evidence shows and where it comes from (the rule's text)
 * @param evidence the facts behind this finding
 * @param fix what to do about it (the rule's text)
 */
public record Finding(
    String key,
    String ruleCode,
    String check,
    Severity severity,
    Subject subject,
    String title,
    String summary,
    String explanation,
    String evidenceNote,
    List<Fact> evidence,
    String fix) {

  public Finding {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(ruleCode, "ruleCode");
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(subject, "subject");
    evidence = List.copyOf(evidence);
  }

  /** The value of the fact with {@code key}, or null. */
  public @Nullable String fact(String factKey) {
    for (Fact fact : evidence) {
      if (fact.key().equals(factKey)) {
        return fact.value();
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "Finding[" + key + ", " + severity + "]";
  }
}
