package uk.warden.app.breach.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import uk.warden.app.breach.report.IncidentReportView.CaseRow;
import uk.warden.app.breach.report.IncidentReportView.EvidenceRow;
import uk.warden.app.breach.report.IncidentReportView.RuleRow;
import uk.warden.core.breach.Evidence;
import uk.warden.core.breach.EvidenceKind;
import uk.warden.core.breach.Exposure;
import uk.warden.core.breach.Impact;
import uk.warden.core.breach.RiskTier;
import uk.warden.core.breach.TierRuleCount;

/** The worst case beside the best, and what makes them differ: evidence and the tier rules. */
final class CaseComparison {

  private final Impact impact;

  CaseComparison(Impact impact) {
    this.impact = impact;
  }

  List<CaseRow> rows() {
    List<CaseRow> rows = new ArrayList<>();
    rows.add(text("Window start", e -> ReportFormat.instant(e.from())));
    rows.add(text("Window end", e -> ReportFormat.instant(e.to())));
    rows.add(count("People exposed", e -> (long) e.exposed().size()));
    rows.add(count("Certainly exposed (held throughout)", e -> (long) e.certain().size()));
    rows.add(count("Possibly exposed", e -> (long) e.possible().size()));
    rows.add(count("Records (person-category pairs)", Exposure::records));
    rows.add(count("Kept past retention, no deletion attested", e -> (long) e.overdue().size()));
    for (RiskTier tier : RiskTier.values()) {
      rows.add(count(ReportLabels.tier(tier) + " risk", e -> (long) e.tier(tier).size()));
    }
    rows.add(count("Left the force", e -> e.aggregates().leavers().people()));
    rows.add(count("Not in the register", e -> e.aggregates().unregistered().people()));
    return rows;
  }

  List<EvidenceRow> evidence() {
    List<EvidenceRow> rows = new ArrayList<>();
    for (Evidence item : impact.evidence()) {
      rows.add(
          new EvidenceRow(
              ReportLabels.evidenceKind(item.kind()), reference(item), item.what(), effect(item)));
    }
    return rows;
  }

  List<RuleRow> tierRules() {
    Map<String, Integer> best = new HashMap<>();
    for (TierRuleCount rule : impact.bestCase().tierRules()) {
      best.put(rule.rule(), rule.people());
    }
    List<RuleRow> rows = new ArrayList<>();
    for (TierRuleCount rule : impact.worstCase().tierRules()) {
      rows.add(
          new RuleRow(
              rule.rule(),
              ReportLabels.tier(rule.tier()),
              rule.reason(),
              ReportFormat.count(rule.people()),
              ReportFormat.count(best.getOrDefault(rule.rule(), 0))));
    }
    return rows;
  }

  private CaseRow text(String label, Function<Exposure, String> value) {
    return new CaseRow(label, value.apply(impact.worstCase()), value.apply(impact.bestCase()));
  }

  private CaseRow count(String label, Function<Exposure, Long> value) {
    return text(label, e -> ReportFormat.count(value.apply(e)));
  }

  private static String reference(Evidence item) {
    if (item.transferId() != null) {
      return "transfer " + item.transferId();
    }
    if (item.deletionId() != null) {
      return "deletion " + item.deletionId();
    }
    return item.agreement() != null ? "agreement " + item.agreement() : "";
  }

  /** The engine's count means different things by kind; see {@link Evidence}. */
  private static String effect(Evidence item) {
    String people = ReportFormat.count(item.people());
    return item.kind() == EvidenceKind.RETENTION
        ? people + " possible only because of it"
        : "+" + people + " in the worst case";
  }
}
