package uk.warden.core.register.ascode;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.warden.core.register.Assurance;
import uk.warden.core.register.ClearanceLevel;
import uk.warden.core.register.CyberEssentials;

/**
 * Reads a party's optional {@code assurance} mapping. Every field is optional because an unknown
 * fact stays null in the model ("not recorded" is not "no").
 */
final class AssuranceReader {

  static final List<String> FIELDS =
      List.of(
          "cyberEssentials",
          "cyberEssentialsExpires",
          "iso27001Expires",
          "lastAudit",
          "lastAuditResult",
          "breachNotificationHours",
          "rightToAudit",
          "deleteOrReturnAtExit",
          "subProcessorsApproved",
          "requiredStaffVetting",
          "dataLocation");

  private AssuranceReader() {}

  /** The party's assurance, {@link Assurance#NONE} when absent, null when it has problems. */
  static @Nullable Assurance read(Fields party) {
    if (party.value("assurance") == null) {
      return Assurance.NONE;
    }
    Fields a = party.nested("assurance", FIELDS);
    if (a == null) {
      return null;
    }
    ScalarReader scalars = a.scalars();
    int before = a.problems().count();
    CyberEssentials cyberEssentials =
        a.get(
            "cyberEssentials",
            false,
            (node, path) -> scalars.choice(node, path, CyberEssentials.class));
    LocalDate cyberEssentialsExpires = a.get("cyberEssentialsExpires", false, scalars::date);
    LocalDate iso27001Expires = a.get("iso27001Expires", false, scalars::date);
    LocalDate lastAudit = a.get("lastAudit", false, scalars::date);
    String lastAuditResult = a.text("lastAuditResult", false);
    Long breachHours =
        a.get(
            "breachNotificationHours",
            false,
            (node, path) -> scalars.whole(node, path, Integer.MAX_VALUE));
    Boolean rightToAudit = a.get("rightToAudit", false, scalars::bool);
    Boolean deleteOrReturn = a.get("deleteOrReturnAtExit", false, scalars::bool);
    Boolean subProcessorsApproved = a.get("subProcessorsApproved", false, scalars::bool);
    ClearanceLevel vetting = a.get("requiredStaffVetting", false, scalars::clearance);
    String dataLocation = a.text("dataLocation", false);
    if (a.problems().count() > before) {
      return null;
    }
    return a.build(
        () ->
            new Assurance(
                cyberEssentials,
                cyberEssentialsExpires,
                iso27001Expires,
                lastAudit,
                lastAuditResult,
                breachHours == null ? null : breachHours.intValue(),
                rightToAudit,
                deleteOrReturn,
                subProcessorsApproved,
                vetting,
                dataLocation));
  }
}
