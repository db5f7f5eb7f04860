package uk.warden.core.breach;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import uk.warden.core.register.DataTaxonomy;
import uk.warden.core.register.PersonKind;

/**
 * A draft of the ICO personal data breach report, section by section as on the form (DOMAIN.md
 * §1.3), for a person to check, complete and send. It holds counts, categories and dates only: the
 * form asks for no personal data, and the draft must be safe to email round for review. Fields
 * Warden cannot know (what went wrong, containment, who was told) are left for the DPO.
 *
 * @param scale a range: at least the people certain in the best case, up to everyone exposed in the
 *     worst
 * @param late past the 72-hour deadline without notification, or notified after it
 * @param reasonForDelayMissing late, with no reason for the delay and no decision not to notify
 *     recorded: the ICO expects one (Art 33(1), s.67(3))
 */
public record RegulatorReport(
    IcoReportType reportType,
    String incidentId,
    String whatHappened,
    IcoAnswer cyberIncident,
    Instant discoveredAt,
    @Nullable Instant occurredFrom,
    @Nullable Instant occurredTo,
    Set<IcoDataCategory> dataCategories,
    List<String> otherDataCategories,
    Scale scale,
    Set<IcoDataSubject> dataSubjects,
    List<String> otherDataSubjects,
    String likelyConsequences,
    IcoLikelihood likelihood,
    Instant awareAt,
    Instant deadline,
    boolean late,
    @Nullable String reasonForDelay,
    boolean reasonForDelayMissing) {

  public RegulatorReport {
    Objects.requireNonNull(reportType, "reportType");
    dataCategories = enums(dataCategories, IcoDataCategory.class);
    otherDataCategories = List.copyOf(otherDataCategories);
    Objects.requireNonNull(scale, "scale");
    dataSubjects = enums(dataSubjects, IcoDataSubject.class);
    otherDataSubjects = List.copyOf(otherDataSubjects);
  }

  /** Approximate numbers, as the form asks: the best case's certain count up to the worst case. */
  public record Scale(long peopleAtLeast, long peopleUpTo, long recordsAtLeast, long recordsUpTo) {}

  public static RegulatorReport draft(Incident incident, Impact impact) {
    return draft(incident, impact, IcoCategoryMapping.standard(), DataTaxonomy.standard());
  }

  public static RegulatorReport draft(
      Incident incident, Impact impact, IcoCategoryMapping mapping, DataTaxonomy taxonomy) {
    Exposure worst = impact.worstCase();
    Exposure best = impact.bestCase();
    IcoCategoryMapping.Mapped categories =
        mapping.map(worst.aggregates().byCategory().keySet(), taxonomy);
    Set<IcoDataSubject> subjects = EnumSet.noneOf(IcoDataSubject.class);
    Set<String> otherSubjects = new TreeSet<>();
    worst.aggregates().byKind().keySet().forEach(kind -> subject(kind, subjects, otherSubjects));
    if (worst.exposed().isEmpty() || worst.aggregates().unregistered().people() > 0) {
      subjects.add(IcoDataSubject.NOT_YET_KNOWN);
    }
    Deadline deadline = impact.deadline();
    return new RegulatorReport(
        IcoReportType.INITIAL,
        incident.id(),
        ReportTexts.whatHappened(incident),
        IcoAnswer.DONT_KNOW,
        incident.discoveredAt(),
        incident.window().from(),
        incident.window().to(),
        categories.categories(),
        categories.other(),
        new Scale(
            best.certain().size(),
            worst.exposed().size(),
            best.recordsOf(best.certain()),
            worst.records()),
        subjects,
        List.copyOf(otherSubjects),
        ReportTexts.consequences(worst, best),
        likelihood(worst, best),
        deadline.awareAt(),
        deadline.due(),
        deadline.late(),
        incident.reasonForDelay(),
        deadline.late()
            && incident.reasonForDelay() == null
            && incident.decisionNotToNotify() == null);
  }

  /**
   * Significant consequences are very likely when high-risk people are certainly exposed even in
   * the best case, likely when the worst case has any, and so down the tiers.
   */
  static IcoLikelihood likelihood(Exposure worst, Exposure best) {
    if (best.tier(RiskTier.HIGH).intersects(best.certain())) {
      return IcoLikelihood.VERY_LIKELY;
    }
    if (!worst.tier(RiskTier.HIGH).isEmpty()) {
      return IcoLikelihood.LIKELY;
    }
    if (!worst.tier(RiskTier.MEDIUM).isEmpty()) {
      return IcoLikelihood.NEUTRAL;
    }
    return worst.exposed().isEmpty() ? IcoLikelihood.VERY_UNLIKELY : IcoLikelihood.UNLIKELY;
  }

  private static <E extends Enum<E>> Set<E> enums(Set<E> values, Class<E> type) {
    Set<E> copy = EnumSet.noneOf(type);
    copy.addAll(values);
    return Collections.unmodifiableSet(copy);
  }

  /** Officers, PCSOs and staff are employees; specials, volunteers and contractors are not. */
  private static void subject(PersonKind kind, Set<IcoDataSubject> subjects, Set<String> other) {
    switch (kind) {
      case OFFICER, PCSO, STAFF -> subjects.add(IcoDataSubject.EMPLOYEES);
      case SPECIAL, VOLUNTEER, CONTRACTOR -> {
        subjects.add(IcoDataSubject.OTHER);
        other.add(kind.label());
      }
    }
  }
}
