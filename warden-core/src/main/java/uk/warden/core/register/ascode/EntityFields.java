package uk.warden.core.register.ascode;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import uk.warden.core.register.Agreement;
import uk.warden.core.register.Assurance;
import uk.warden.core.register.DataSystem;
import uk.warden.core.register.ExtractRules;
import uk.warden.core.register.Marking;
import uk.warden.core.register.Party;
import uk.warden.core.register.Unit;

/**
 * Flattens an entity into its fields as display text, named as in the register file, so two
 * versions can be compared field by field. Every record component is covered, so two entities
 * differ exactly when some field differs; sets are shown sorted, so their order never matters.
 */
final class EntityFields {

  private EntityFields() {}

  static Map<String, @Nullable String> of(Record entity) {
    if (entity instanceof Unit unit) {
      return unit(unit);
    }
    if (entity instanceof Party party) {
      return party(party);
    }
    if (entity instanceof DataSystem system) {
      return system(system);
    }
    if (entity instanceof Agreement agreement) {
      return agreement(agreement);
    }
    throw new IllegalArgumentException("not a register entity: " + entity.getClass());
  }

  private static Map<String, @Nullable String> unit(Unit unit) {
    Map<String, @Nullable String> fields = new LinkedHashMap<>();
    fields.put("name", unit.name());
    fields.put("flags", set(unit.flags()));
    return fields;
  }

  private static Map<String, @Nullable String> party(Party party) {
    Map<String, @Nullable String> fields = new LinkedHashMap<>();
    fields.put("name", party.name());
    fields.put("kind", party.kind().name());
    fields.put("parent", party.parentCode());
    Assurance a = party.assurance();
    fields.put("assurance.cyberEssentials", a.cyberEssentials().name());
    fields.put("assurance.cyberEssentialsExpires", date(a.cyberEssentialsExpires()));
    fields.put("assurance.iso27001Expires", date(a.iso27001Expires()));
    fields.put("assurance.lastAudit", date(a.lastAudit()));
    fields.put("assurance.lastAuditResult", a.lastAuditResult());
    fields.put("assurance.breachNotificationHours", text(a.breachNotificationHours()));
    fields.put("assurance.rightToAudit", text(a.rightToAudit()));
    fields.put("assurance.deleteOrReturnAtExit", text(a.deleteOrReturnAtExit()));
    fields.put("assurance.subProcessorsApproved", text(a.subProcessorsApproved()));
    fields.put(
        "assurance.requiredStaffVetting",
        a.requiredStaffVetting() == null ? null : a.requiredStaffVetting().name());
    fields.put("assurance.dataLocation", a.dataLocation());
    return fields;
  }

  private static Map<String, @Nullable String> system(DataSystem system) {
    Map<String, @Nullable String> fields = new LinkedHashMap<>();
    fields.put("name", system.name());
    fields.put("host", system.hostCode());
    fields.put("marking", marking(system.marking()));
    fields.put("categories", set(system.categories()));
    fields.put("records", Long.toString(system.recordCount()));
    fields.put("population.kinds", set(system.population().kinds()));
    fields.put("population.leavers", Boolean.toString(system.population().includesLeavers()));
    fields.put("owner", system.owner());
    return fields;
  }

  private static Map<String, @Nullable String> agreement(Agreement agreement) {
    Map<String, @Nullable String> fields = new LinkedHashMap<>();
    fields.put("party", agreement.partyCode());
    fields.put("title", agreement.title());
    // The model turns a missing purpose or basis into "", which the file simply omits.
    fields.put("purpose", blankToNull(agreement.purpose()));
    fields.put("lawfulBasis", blankToNull(agreement.lawfulBasis()));
    fields.put("regime", agreement.regime().name());
    fields.put("categories", set(agreement.permittedCategories()));
    fields.put("start", date(agreement.start()));
    fields.put("end", date(agreement.end()));
    fields.put("retentionMonths", text(agreement.retentionMonths()));
    fields.put("exitTerms", agreement.exitTerms());
    ExtractRules rules = agreement.extracts();
    fields.put("extracts", rules == null ? null : rules.describe());
    return fields;
  }

  /** The legacy marking is kept as evidence, so a change of it alone is still a change. */
  private static String marking(Marking marking) {
    return marking.legacy() == null
        ? marking.label()
        : marking.label() + " (from " + marking.legacy() + ")";
  }

  /** Sorted text of a set: enum constants by declaration order, strings alphabetically. */
  private static String set(Collection<?> values) {
    return values.stream()
        .sorted()
        .map(v -> v instanceof Enum<?> e ? e.name() : v.toString())
        .collect(Collectors.joining(", ", "[", "]"));
  }

  private static @Nullable String date(@Nullable LocalDate date) {
    return date == null ? null : date.toString();
  }

  private static @Nullable String text(@Nullable Object value) {
    return value == null ? null : value.toString();
  }

  private static @Nullable String blankToNull(String value) {
    return value.isEmpty() ? null : value;
  }
}
