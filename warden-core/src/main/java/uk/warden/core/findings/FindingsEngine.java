package uk.warden.core.findings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Evaluates every enabled rule of a {@link RuleSet} over one {@link FindingsInput}. Rules are
 * independent: each runs its check over the same frozen snapshot, and a rule's findings depend on
 * nothing but the snapshot and its parameters, so the same input always gives the same report.
 * Thread-safe: the engine holds only the rule set.
 */
public final class FindingsEngine {

  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::severity)
          .reversed()
          .thenComparing(Finding::ruleCode)
          .thenComparing(Finding::key);

  private final RuleSet rules;

  public FindingsEngine(RuleSet rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /** The engine over the standard rules. */
  public static FindingsEngine standard() {
    return new FindingsEngine(RuleSet.standard());
  }

  public RuleSet rules() {
    return rules;
  }

  public FindingsReport evaluate(FindingsInput input) {
    List<Finding> findings = new ArrayList<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, Duration> times = new LinkedHashMap<>();
    for (Rule rule : rules.enabled()) {
      Check check =
          Checks.named(rule.check())
              .orElseThrow(() -> new IllegalStateException("no check " + rule.check()));
      long start = System.nanoTime();
      FindingCollector collector = new FindingCollector(rule);
      check.run(rule, input, collector);
      times.put(rule.code(), Duration.ofNanos(System.nanoTime() - start));
      counts.put(rule.code(), collector.findings().size());
      findings.addAll(collector.findings());
    }
    findings.sort(ORDER);
    return new FindingsReport(input.at(), rules.source(), findings, counts, times);
  }
}
