package uk.warden.core.register;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a force knows about a party's security (DOMAIN.md §6): certifications and their expiry,
 * audits, and the contract clauses that matter when the party is breached or let go. Unknown facts
 * are null rather than false so that "not recorded" stays distinguishable from "no".
 */
public record Assurance(
    CyberEssentials cyberEssentials,
    @Nullable LocalDate cyberEssentialsExpires,
    @Nullable LocalDate iso27001Expires,
    @Nullable LocalDate lastAudit,
    @Nullable String lastAuditResult,
    @Nullable Integer breachNotificationHours,
    @Nullable Boolean rightToAudit,
    @Nullable Boolean deleteOrReturnAtExit,
    @Nullable Boolean subProcessorsApproved,
    @Nullable ClearanceLevel requiredStaffVetting,
    @Nullable String dataLocation) {

  public static final Assurance NONE =
      new Assurance(
          CyberEssentials.NONE, null, null, null, null, null, null, null, null, null, null);

  public Assurance {
    cyberEssentials = cyberEssentials == null ? CyberEssentials.NONE : cyberEssentials;
    if (breachNotificationHours != null && breachNotificationHours < 0) {
      throw new IllegalArgumentException("breach notification hours must not be negative");
    }
  }

  /** Cyber Essentials Plus held and not expired on the given day. */
  public boolean cyberEssentialsPlusValidOn(LocalDate day) {
    return cyberEssentials == CyberEssentials.PLUS
        && cyberEssentialsExpires != null
        && !cyberEssentialsExpires.isBefore(day);
  }

  public boolean iso27001ValidOn(LocalDate day) {
    return iso27001Expires != null && !iso27001Expires.isBefore(day);
  }
}
