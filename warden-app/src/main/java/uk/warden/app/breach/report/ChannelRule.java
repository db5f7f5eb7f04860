package uk.warden.app.breach.report;

import org.jspecify.annotations.Nullable;
import uk.warden.core.breach.RiskTier;
import uk.warden.core.register.EmploymentStatus;
import uk.warden.core.register.PersonKind;

/**
 * Suggests how to tell one exposed person, for the DPO to confirm. The first rule that applies
 * decides:
 *
 * <ol>
 *   <li>Not in the register: {@link NotificationChannel#TRACE_FIRST}. Nobody can be told until HR
 *       has found who the index stands for.
 *   <li>Left the force: {@link NotificationChannel#LETTER_HOME}, to the last known home address
 *       held by HR or pensions. Leavers have no work email and no line manager, and they are the
 *       people most likely to learn of a breach from the press first (DOMAIN.md §8.3). A high-risk
 *       leaver's letter carries the safety advice and a number to call.
 *   <li>Contractor: {@link NotificationChannel#EMPLOYER_CONTACT}. The force is not their employer
 *       and often holds no contact details for them; their employer's point of contact passes the
 *       notice on (in person if they are high risk).
 *   <li>High risk, serving or suspended: {@link NotificationChannel#IN_PERSON}, by the line manager
 *       or, for the suspended, the welfare officer, then in writing. Someone whose name, photograph
 *       and role may be in hostile hands needs safety advice (home security, online presence,
 *       travel to work) and should hear it face to face before they read it anywhere else.
 *   <li>Suspended: {@link NotificationChannel#LETTER_HOME}. Suspended people are often cut off from
 *       force systems, so an email may never be read.
 *   <li>Everyone else serving: {@link NotificationChannel#WORK_EMAIL}: quick, and it leaves a
 *       record that the notice was sent.
 * </ol>
 */
public final class ChannelRule {

  private ChannelRule() {}

  /** A suggested channel and the reason for it, in words the DPO can pass on. */
  public record Suggestion(NotificationChannel channel, String why) {}

  public static Suggestion suggest(@Nullable NotifiedPerson person, RiskTier tier) {
    boolean high = tier == RiskTier.HIGH;
    if (person == null) {
      return new Suggestion(
          NotificationChannel.TRACE_FIRST,
          "The register does not know this person index: find who it is through HR before"
              + " notifying.");
    }
    if (person.status() == EmploymentStatus.LEFT) {
      return new Suggestion(
          NotificationChannel.LETTER_HOME,
          "Has left the force: no work email or line manager to reach them."
              + (high ? " High risk: include safety advice and a number to call." : ""));
    }
    if (person.kind() == PersonKind.CONTRACTOR) {
      return new Suggestion(
          NotificationChannel.EMPLOYER_CONTACT,
          "Contractor: the force is not their employer and may hold no contact details."
              + (high
                  ? " High risk: ask the employer to tell them in person and pass on safety"
                      + " advice."
                  : ""));
    }
    if (high) {
      return new Suggestion(
          NotificationChannel.IN_PERSON,
          "High risk: they may need safety advice, so tell them face to face before they hear"
              + " elsewhere, then confirm in writing."
              + (person.status() == EmploymentStatus.SUSPENDED
                  ? " Suspended: use their welfare officer."
                  : ""));
    }
    if (person.status() == EmploymentStatus.SUSPENDED) {
      return new Suggestion(
          NotificationChannel.LETTER_HOME,
          "Suspended: may be cut off from force systems, so an email may not be read.");
    }
    return new Suggestion(
        NotificationChannel.WORK_EMAIL,
        "Serving and not high risk: work email is quick and records that the notice was sent.");
  }
}
