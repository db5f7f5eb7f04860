package uk.warden.core.findings.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.warden.core.access.Grant;
import uk.warden.core.access.Principal;
import uk.warden.core.findings.Finding;
import uk.warden.core.findings.FindingsInput;
import uk.warden.core.findings.PartyData;
import uk.warden.core.findings.SubjectKind;
import uk.warden.core.register.Agreement;
import uk.warden.core.register.Assurance;
import uk.warden.core.register.CyberEssentials;
import uk.warden.core.register.DataCategory;
import uk.warden.core.register.DataSystem;
import uk.warden.core.register.HighRiskCombination;
import uk.warden.core.register.LegalClass;
import uk.warden.core.register.Party;
import uk.warden.core.register.PartyKind;

/**
 * Scores every supplier and sub-processor that holds the force's data, from the snapshot and the
 * findings still open about it (the app passes those it has not resolved). Each point comes with
 * its reason ({@link Contribution}); the score is their sum.
 *
 * <p>Gaps in assurance and contract are scored from the register's facts directly; the findings of
 * the rules that report those same gaps (checks {@code supplier-assurance}, {@code
 * breach-notification-clause}, {@code sub-processor-approval}) are therefore not counted again.
 * Other findings count when they are about the party, one of its agreements, or one of its staff (a
 * principal or grant of supplier staff).
 */
public final class SupplierRisk {

  private static final Set<String> GAP_CHECKS =
      Set.of("supplier-assurance", "breach-notification-clause", "sub-processor-approval");
  private static final Comparator<PartyRisk> RANKING =
      Comparator.comparingInt(PartyRisk::score).reversed().thenComparing(PartyRisk::party);
  private static final Comparator<Contribution> LARGEST_FIRST =
      Comparator.comparingInt(Contribution::points)
          .reversed()
          .thenComparing(Contribution::factor)
          .thenComparing(Contribution::reason);

  private final RiskWeights weights;

  public SupplierRisk(RiskWeights weights) {
    this.weights = Objects.requireNonNull(weights, "weights");
  }

  public static SupplierRisk standard() {
    return new SupplierRisk(RiskWeights.STANDARD);
  }

  /** Every third party holding data, highest score first. */
  public List<PartyRisk> rank(FindingsInput input, Collection<Finding> openFindings) {
    Map<String, List<Finding>> byParty = attribute(input, openFindings);
    List<PartyRisk> ranked = new ArrayList<>();
    for (PartyData data : input.partyData()) {
      if (data.thirdParty() && data.holdsData()) {
        ranked.add(score(data, input, byParty.getOrDefault(data.code(), List.of())));
      }
    }
    ranked.sort(RANKING);
    return ranked;
  }

  PartyRisk score(PartyData data, FindingsInput input, List<Finding> findings) {
    List<Contribution> contributions = new ArrayList<>();
    sensitivity(data, input, contributions);
    volume(data, input, contributions);
    assurance(data.party().assurance(), input.today(), contributions);
    contract(data, input, contributions);
    for (Finding finding : findings) {
      if (!GAP_CHECKS.contains(finding.check())) {
        add(
            contributions,
            RiskFactor.FINDINGS,
            weights.findingPoints().get(finding.severity()),
            finding.severity() + " finding: " + finding.title() + " (" + finding.key() + ")");
      }
    }
    contributions.sort(LARGEST_FIRST);
    int score = contributions.stream().mapToInt(Contribution::points).sum();
    return new PartyRisk(data.code(), data.party().name(), score, contributions);
  }

  private void sensitivity(PartyData data, FindingsInput input, List<Contribution> out) {
    List<DataCategory> held = new ArrayList<>();
    for (String key : data.categories()) {
      input.taxonomy().find(key).ifPresent(held::add);
    }
    held.sort(
        Comparator.comparingInt(DataCategory::riskWeight)
            .reversed()
            .thenComparing(DataCategory::key));
    List<DataCategory> top = held.subList(0, Math.min(weights.topCategories(), held.size()));
    int points = top.stream().mapToInt(DataCategory::riskWeight).sum();
    List<String> named = new ArrayList<>();
    for (DataCategory category : top) {
      named.add(category.name() + " (" + category.riskWeight() + ")");
    }
    add(
        out,
        RiskFactor.SENSITIVITY,
        points,
        "Holds " + held.size() + " categories; the most sensitive: " + String.join(", ", named));
    List<String> special = new ArrayList<>();
    for (DataCategory category : held) {
      if (category.legalClass() != LegalClass.ORDINARY) {
        special.add(category.name());
      }
    }
    if (!special.isEmpty()) {
      add(
          out,
          RiskFactor.SENSITIVITY,
          weights.specialCategory(),
          "Special category or criminal offence data: " + String.join(", ", special));
    }
    HighRiskCombination combination = HighRiskCombination.of(data.categories(), input.taxonomy());
    if (combination.present()) {
      add(out, RiskFactor.COMBINATION, weights.combination(), combination.explain());
    }
  }

  private void volume(PartyData data, FindingsInput input, List<Contribution> out) {
    long workforce = input.servingWorkforce();
    if (workforce <= 0 || data.people() <= 0) {
      return;
    }
    double share = Math.min(1.0, (double) data.people() / workforce);
    add(
        out,
        RiskFactor.VOLUME,
        (int) Math.round(weights.volume() * share),
        String.format(
            Locale.ROOT,
            "Holds %,d people (%.0f%% of the serving workforce, from the %s)",
            data.people(),
            100.0 * data.people() / workforce,
            data.peopleFromCustody() ? "custody ledger" : "largest system's record count"));
  }

  private void assurance(Assurance assurance, LocalDate today, List<Contribution> out) {
    if (!assurance.cyberEssentialsPlusValidOn(today)) {
      add(
          out,
          RiskFactor.ASSURANCE,
          weights.cyberEssentialsPlus(),
          assurance.cyberEssentials() == CyberEssentials.PLUS
              ? "Cyber Essentials Plus expired on " + assurance.cyberEssentialsExpires()
              : "No Cyber Essentials Plus");
    }
    if (!assurance.iso27001ValidOn(today)) {
      add(
          out,
          RiskFactor.ASSURANCE,
          weights.iso27001(),
          assurance.iso27001Expires() == null
              ? "No ISO/IEC 27001 recorded"
              : "ISO/IEC 27001 expired on " + assurance.iso27001Expires());
    }
    LocalDate audit = assurance.lastAudit();
    if (audit == null || audit.isBefore(today.minusMonths(weights.auditMonths()))) {
      add(
          out,
          RiskFactor.ASSURANCE,
          weights.audit(),
          audit == null
              ? "Never audited"
              : "Last audited " + audit + ", over " + weights.auditMonths() + " months ago");
    }
  }

  private void contract(PartyData data, FindingsInput input, List<Contribution> out) {
    Assurance assurance = data.party().assurance();
    Integer hours = assurance.breachNotificationHours();
    if (hours == null) {
      add(out, RiskFactor.CONTRACT, weights.noBreachClause(), "No breach-notification clause");
    } else if (hours > weights.breachClauseMaxHours()) {
      add(
          out,
          RiskFactor.CONTRACT,
          weights.slowBreachClause(),
          "Breach notification within " + hours + " hours, longer than the force's own 72");
    }
    if (!Boolean.TRUE.equals(assurance.rightToAudit())) {
      add(out, RiskFactor.CONTRACT, weights.noRightToAudit(), "No right to audit recorded");
    }
    if (!Boolean.TRUE.equals(assurance.deleteOrReturnAtExit())) {
      add(
          out,
          RiskFactor.CONTRACT,
          weights.noDeleteOrReturn(),
          "No delete-or-return at exit recorded");
    }
    Party party = data.party();
    if (party.kind() == PartyKind.SUB_PROCESSOR) {
      Boolean approved =
          input
              .party(party.parentCode())
              .map(p -> p.assurance().subProcessorsApproved())
              .orElse(null);
      if (!Boolean.TRUE.equals(approved)) {
        add(
            out,
            RiskFactor.CONTRACT,
            weights.unapprovedSubProcessor(),
            "Sub-processor of " + party.parentCode() + " without recorded approval");
      }
    }
    if (!data.agreementInForce(input.today())) {
      add(
          out,
          RiskFactor.CONTRACT,
          weights.noAgreementInForce(),
          data.agreements().isEmpty()
              ? "No agreement at all"
              : "No agreement in force (last ended " + lastEnd(data.agreements()) + ")");
    }
    String location = assurance.dataLocation();
    if (location != null && !isUk(location)) {
      add(out, RiskFactor.CONTRACT, weights.dataOutsideUk(), "Data held outside the UK");
    }
  }

  private static @Nullable LocalDate lastEnd(List<Agreement> agreements) {
    LocalDate last = null;
    for (Agreement agreement : agreements) {
      if (agreement.end() != null && (last == null || agreement.end().isAfter(last))) {
        last = agreement.end();
      }
    }
    return last;
  }

  private static boolean isUk(String location) {
    String key = location.strip().toUpperCase(Locale.ROOT).replace(".", "");
    return key.equals("UK") || key.equals("GB") || key.equals("UNITED KINGDOM");
  }

  /** Each finding to the party it is about, if any. */
  private static Map<String, List<Finding>> attribute(
      FindingsInput input, Collection<Finding> findings) {
    Map<String, String> agreementParty = new HashMap<>();
    for (Agreement agreement : input.agreements()) {
      agreementParty.put(agreement.code(), agreement.partyCode());
    }
    Map<String, String> grantHolder = new HashMap<>();
    for (Finding finding : findings) {
      if (finding.subject().kind() == SubjectKind.GRANT) {
        grantHolder.put(finding.subject().id(), "");
      }
    }
    if (!grantHolder.isEmpty()) {
      for (Grant grant : input.access().grants()) {
        grantHolder.computeIfPresent(grant.id(), (id, none) -> grant.holderId());
      }
    }
    Map<String, List<Finding>> byParty = new HashMap<>();
    for (Finding finding : findings) {
      String party = partyOf(finding, input, agreementParty, grantHolder);
      if (party != null) {
        byParty.computeIfAbsent(party, k -> new ArrayList<>()).add(finding);
      }
    }
    return byParty;
  }

  private static @Nullable String partyOf(
      Finding finding,
      FindingsInput input,
      Map<String, String> agreementParty,
      Map<String, String> grantHolder) {
    String id = finding.subject().id();
    return switch (finding.subject().kind()) {
      case PARTY -> id;
      case AGREEMENT -> agreementParty.get(id);
      case PRINCIPAL -> staffParty(input, id);
      case GRANT -> staffParty(input, grantHolder.getOrDefault(id, ""));
      case SYSTEM -> input.system(id).map(DataSystem::hostCode).orElse(null);
    };
  }

  private static @Nullable String staffParty(FindingsInput input, String principalId) {
    return input.access().principal(principalId).map(Principal::partyCode).orElse(null);
  }

  private static void add(List<Contribution> out, RiskFactor factor, int points, String reason) {
    if (points > 0) {
      out.add(new Contribution(factor, points, reason));
    }
  }
}
