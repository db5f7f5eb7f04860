package uk.warden.core.breach;

import java.util.Locale;

/** The report's free-text answers, written from counts and rule reasons only. */
final class ReportTexts {

  private ReportTexts() {}

  static String whatHappened(Incident incident) {
    int parties = incident.parties().size();
    return incident.title()
        + ". A "
        + incident.type().name().toLowerCase(Locale.ROOT)
        + " breach at "
        + (parties == 1 ? "one party" : parties + " parties")
        + " holding the force's data: "
        + String.join(", ", incident.parties())
        + ".";
  }

  static String consequences(Exposure worst, Exposure best) {
    if (worst.exposed().isEmpty()) {
      return "No personal data recorded in the custody ledger was held by the parties in scope"
          + " during the window.";
    }
    StringBuilder text = new StringBuilder();
    text.append("Up to ")
        .append(worst.exposed().size())
        .append(" people exposed; at least ")
        .append(best.certain().size())
        .append(" certainly.");
    for (RiskTier tier : RiskTier.values()) {
      int people = worst.tier(tier).size();
      if (people == 0) {
        continue;
      }
      text.append(' ')
          .append(people)
          .append(" at ")
          .append(tier.name().toLowerCase(Locale.ROOT))
          .append(" risk");
      String sep = ": ";
      for (TierRuleCount rule : worst.tierRules()) {
        if (rule.tier() == tier && rule.people() > 0 && !rule.reason().isBlank()) {
          text.append(sep).append(rule.people()).append(" because: ").append(sentence(rule));
          sep = "; ";
        }
      }
      text.append('.');
    }
    long leavers = worst.aggregates().leavers().people();
    if (leavers > 0) {
      text.append(' ')
          .append(leavers)
          .append(" have left the force and may be harder to reach with a notice.");
    }
    return text.toString();
  }

  private static String sentence(TierRuleCount rule) {
    String reason = rule.reason().strip();
    return reason.endsWith(".") ? reason.substring(0, reason.length() - 1) : reason;
  }
}
