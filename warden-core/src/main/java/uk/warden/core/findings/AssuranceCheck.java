package uk.warden.core.findings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.warden.core.register.Assurance;
import uk.warden.core.register.CyberEssentials;

/**
 * A supplier or sub-processor holding the force's data whose assurance has a gap (DOMAIN.md §6):
 * Cyber Essentials Plus missing or expired, ISO/IEC 27001 missing or expired, or no audit within
 * the period. One finding per party lists every gap, so fixing one of several keeps it open.
 */
final class AssuranceCheck implements Check {

  static final String NAME = "supplier-assurance";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<ParamSpec> params() {
    return List.of(
        ParamSpec.flag(
            "requireCyberEssentialsPlus", "Cyber Essentials Plus must be held and current", true),
        ParamSpec.flag("requireIso27001", "ISO/IEC 27001 must be held and current", true),
        ParamSpec.wholeNumber(
            "auditWithinMonths",
            "months since the last audit, at most (0: not checked)",
            12,
            0,
            120));
  }

  @Override
  public void run(Rule rule, FindingsInput input, FindingCollector out) {
    Params params = rule.params();
    LocalDate today = input.today();
    for (PartyData data : input.partyData()) {
      if (!data.thirdParty() || !data.holdsData()) {
        continue;
      }
      Assurance assurance = data.party().assurance();
      List<String> gaps = new ArrayList<>();
      if (params.flag("requireCyberEssentialsPlus")) {
        gaps.addAll(cyberEssentialsGap(assurance, today));
      }
      if (params.flag("requireIso27001") && !assurance.iso27001ValidOn(today)) {
        gaps.add(
            assurance.iso27001Expires() == null
                ? "ISO/IEC 27001 not recorded"
                : "ISO/IEC 27001 expired on " + assurance.iso27001Expires());
      }
      int months = params.wholeNumber("auditWithinMonths");
      if (months > 0) {
        if (assurance.lastAudit() == null) {
          gaps.add("no audit recorded");
        } else if (assurance.lastAudit().isBefore(today.minusMonths(months))) {
          gaps.add(
              "last audit on " + assurance.lastAudit() + ", more than " + months + " months ago");
        }
      }
      if (gaps.isEmpty()) {
        continue;
      }
      out.add(
          Subject.party(data.code()),
          data.party().name() + ": " + String.join("; ", gaps) + ".",
          PartyFacts.of(data)
              .add("gaps", "Assurance gaps", gaps)
              .add("cyberEssentials", "Cyber Essentials", assurance.cyberEssentials())
              .add(
                  "cyberEssentialsExpires",
                  "Cyber Essentials expires",
                  assurance.cyberEssentialsExpires())
              .add("iso27001Expires", "ISO/IEC 27001 expires", assurance.iso27001Expires())
              .add("lastAudit", "Last audit", assurance.lastAudit()));
    }
  }

  private static List<String> cyberEssentialsGap(Assurance assurance, LocalDate today) {
    if (assurance.cyberEssentialsPlusValidOn(today)) {
      return List.of();
    }
    if (assurance.cyberEssentials() != CyberEssentials.PLUS) {
      return List.of(
          assurance.cyberEssentials() == CyberEssentials.BASIC
              ? "Cyber Essentials held, not Cyber Essentials Plus"
              : "Cyber Essentials Plus not held");
    }
    return List.of(
        assurance.cyberEssentialsExpires() == null
            ? "Cyber Essentials Plus expiry not recorded"
            : "Cyber Essentials Plus expired on " + assurance.cyberEssentialsExpires());
  }
}
