package uk.warden.app.breach;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.warden.core.breach.Aggregates;
import uk.warden.core.breach.BreachType;
import uk.warden.core.breach.Count;
import uk.warden.core.breach.Deadline;
import uk.warden.core.breach.Evidence;
import uk.warden.core.breach.Exposure;
import uk.warden.core.breach.Impact;
import uk.warden.core.breach.Incident;
import uk.warden.core.breach.RegulatorReport;
import uk.warden.core.breach.RiskTier;
import uk.warden.core.breach.TierRuleCount;

/**
 * An assessment as JSON for the API and {@code warden impact --json}: counts, categories and dates
 * only, never a person. The top-level counts are the worst case (for a known window, the only
 * case); {@code worstCase} and {@code bestCase} appear side by side when the window is uncertain.
 */
public record ImpactView(
    IncidentFacts incident,
    Instant assessedAt,
    boolean windowKnown,
    long people,
    long records,
    long certain,
    long possible,
    long overdue,
    Map<String, Long> byCategory,
    Map<RiskTier, Long> byTier,
    @Nullable Case worstCase,
    @Nullable Case bestCase,
    List<Evidence> evidence,
    DeadlineView deadline,
    RegulatorReport regulatorReport) {

  /** The incident's facts, with its free-text reasons left to the incident itself. */
  public record IncidentFacts(
      String id,
      String title,
      BreachType type,
      Set<String> parties,
      Set<String> systems,
      Set<String> categories,
      @Nullable Instant from,
      @Nullable Instant to,
      Instant discoveredAt,
      Instant awareAt,
      @Nullable Instant icoNotifiedAt) {}

  /** One case's window and every breakdown. */
  public record Case(
      Instant from,
      Instant to,
      long people,
      long records,
      long certain,
      long possible,
      long overdue,
      Map<String, Long> byCategory,
      Map<RiskTier, Long> byTier,
      List<TierRuleCount> tierRules,
      Map<String, Count> byKind,
      Map<String, Count> byRankOrGrade,
      Map<String, Count> byUnit,
      Map<String, Count> byClearance,
      Count uncleared,
      Map<String, Count> byStatus,
      Count leavers,
      Count unregistered) {}

  /** The 72-hour clock; {@code hoursLeft} is negative once late. */
  public record DeadlineView(
      Instant awareAt, Instant due, long hoursLeft, boolean late, @Nullable Instant notifiedAt) {}

  public static ImpactView of(Assessment assessment) {
    Impact impact = assessment.impact();
    Incident incident = assessment.incident();
    Exposure worst = impact.worstCase();
    Case worstCase = caseOf(worst);
    Deadline deadline = impact.deadline();
    return new ImpactView(
        new IncidentFacts(
            incident.id(),
            incident.title(),
            incident.type(),
            incident.parties(),
            incident.systems(),
            incident.categories(),
            incident.window().from(),
            incident.window().to(),
            incident.discoveredAt(),
            incident.awareAt(),
            incident.icoNotifiedAt()),
        impact.assessedAt(),
        impact.windowKnown(),
        worstCase.people(),
        worstCase.records(),
        worstCase.certain(),
        worstCase.possible(),
        worstCase.overdue(),
        worstCase.byCategory(),
        worstCase.byTier(),
        impact.windowKnown() ? null : worstCase,
        impact.windowKnown() ? null : caseOf(impact.bestCase()),
        impact.evidence(),
        new DeadlineView(
            deadline.awareAt(),
            deadline.due(),
            Duration.between(impact.assessedAt(), deadline.due()).toHours(),
            deadline.late(),
            deadline.notifiedAt()),
        assessment.report());
  }

  /** One exposure's breakdowns, for pages that show a case whether or not the window is known. */
  public static Case caseOf(Exposure exposure) {
    Aggregates a = exposure.aggregates();
    Map<String, Long> byCategory = new LinkedHashMap<>();
    exposure.byCategory().forEach((key, people) -> byCategory.put(key, (long) people.size()));
    Map<RiskTier, Long> byTier = new LinkedHashMap<>();
    for (RiskTier tier : RiskTier.values()) {
      byTier.put(tier, (long) exposure.tier(tier).size());
    }
    return new Case(
        exposure.from(),
        exposure.to(),
        exposure.exposed().size(),
        exposure.records(),
        exposure.certain().size(),
        exposure.possible().size(),
        exposure.overdue().size(),
        byCategory,
        byTier,
        exposure.tierRules(),
        named(a.byKind()),
        a.byRankOrGrade(),
        a.byUnit(),
        named(a.byClearance()),
        a.uncleared(),
        named(a.byStatus()),
        a.leavers(),
        a.unregistered());
  }

  private static Map<String, Count> named(Map<? extends Enum<?>, Count> counts) {
    Map<String, Count> named = new LinkedHashMap<>();
    counts.forEach((key, count) -> named.put(key.name(), count));
    return named;
  }
}
