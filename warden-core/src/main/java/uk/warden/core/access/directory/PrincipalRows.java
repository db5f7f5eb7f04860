package uk.warden.core.access.directory;

import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.warden.core.access.Principal;
import uk.warden.core.access.PrincipalKind;
import uk.warden.core.register.Clearance;
import uk.warden.core.register.RegisterCodes;

/** Rows of the principals file. */
final class PrincipalRows {

  static final Column ID =
      Column.required("id", "principal", "principal_id", "account", "username");
  static final Column KIND = Column.required("kind", "type", "principal_kind", "account_type");
  static final Column PAY_NUMBER =
      Column.optional("pay_number", "pay_no", "payno", "employee_id", "employee_number");
  static final Column PARTY = Column.optional("party", "party_code", "supplier", "supplier_code");
  static final Column CLEARANCES = Column.optional("clearances", "clearance", "vetting");
  static final Column ENABLED = Column.optional("enabled", "active");

  static final List<Column> COLUMNS = List.of(ID, KIND, PAY_NUMBER, PARTY, CLEARANCES, ENABLED);

  private PrincipalRows() {}

  /** The row's principal, or null with its problems recorded. */
  static @Nullable Principal read(CsvRow row) {
    String id = row.id(ID);
    PrincipalKind kind = row.required(KIND) == null ? null : row.parsed(KIND, CellValues::kind);
    String payNumber = row.text(PAY_NUMBER);
    String party = row.text(PARTY);
    List<Clearance> clearances = row.parsed(CLEARANCES, ClearanceText::parse);
    Boolean enabled = row.parsed(ENABLED, CellValues::yesNo);
    if (kind == PrincipalKind.SUPPLIER_STAFF && party == null) {
      row.problem(PARTY, "is empty: supplier staff must name their supplier's register code");
    } else if (kind != null && kind != PrincipalKind.SUPPLIER_STAFF && party != null) {
      row.problem(PARTY, "only supplier staff name a party, not a " + kindName(kind));
    } else if (party != null && !validCode(party)) {
      row.problem(PARTY, "must be a register party code: lower-case letters, digits and hyphens");
    }
    if (kind == PrincipalKind.GROUP && payNumber != null) {
      row.problem(PAY_NUMBER, "a group has no pay number");
    }
    if (kind == PrincipalKind.GROUP && clearances != null && !clearances.isEmpty()) {
      row.problem(CLEARANCES, "a group holds no clearance");
    }
    if (!row.ok() || id == null || kind == null) {
      return null;
    }
    try {
      return new Principal(id, kind, payNumber, party, clearances, enabled == null || enabled);
    } catch (IllegalArgumentException e) {
      row.problem(null, String.valueOf(e.getMessage()));
      return null;
    }
  }

  static String kindName(PrincipalKind kind) {
    return kind.name().toLowerCase(java.util.Locale.ROOT);
  }

  private static boolean validCode(String code) {
    try {
      RegisterCodes.requireValid(code, "party");
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
