package uk.warden.core.access;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.warden.core.register.Clearance;
import uk.warden.core.register.RegisterCodes;

/**
 * Someone or something that can be granted access: a user, a group, a service account or a member
 * of a supplier's staff.
 *
 * <p>{@code payNumber} links a user (or supplier staff on the register as a contractor) to a
 * register person, so leavers and lapsed clearances in the register are seen against the access the
 * principal still holds. {@code clearances} are the ones recorded against the account itself
 * (supplier staff vetted through the National Contractors Vetting Scheme, say); for a linked person
 * the register's record is authoritative and these are used only when the register holds none.
 * {@code partyCode} names the supplier a member of supplier staff works for. A disabled principal
 * holds no live access, whatever its grants say.
 */
public record Principal(
    String id,
    PrincipalKind kind,
    @Nullable String payNumber,
    @Nullable String partyCode,
    List<Clearance> clearances,
    boolean enabled) {

  public Principal {
    PrincipalIds.require(id, "principal");
    Objects.requireNonNull(kind, "kind");
    payNumber = payNumber == null || payNumber.isBlank() ? null : payNumber.trim();
    clearances = clearances == null ? List.of() : List.copyOf(clearances);
    if (kind == PrincipalKind.SUPPLIER_STAFF) {
      RegisterCodes.requireValid(partyCode, "party");
    } else if (partyCode != null) {
      throw new IllegalArgumentException(
          "principal " + id + ": only supplier staff name a party, not a " + kind);
    }
    if (kind == PrincipalKind.GROUP && (payNumber != null || !clearances.isEmpty())) {
      throw new IllegalArgumentException(
          "principal " + id + ": a group has no pay number and holds no clearance");
    }
  }

  public static Principal user(String id, @Nullable String payNumber) {
    return new Principal(id, PrincipalKind.USER, payNumber, null, List.of(), true);
  }

  public static Principal group(String id) {
    return new Principal(id, PrincipalKind.GROUP, null, null, List.of(), true);
  }

  public static Principal serviceAccount(String id) {
    return new Principal(id, PrincipalKind.SERVICE_ACCOUNT, null, null, List.of(), true);
  }

  public static Principal supplierStaff(String id, String partyCode, List<Clearance> clearances) {
    return new Principal(id, PrincipalKind.SUPPLIER_STAFF, null, partyCode, clearances, true);
  }

  public Principal disabled() {
    return new Principal(id, kind, payNumber, partyCode, clearances, false);
  }

  public Principal withClearances(List<Clearance> newClearances) {
    return new Principal(id, kind, payNumber, partyCode, newClearances, enabled);
  }

  public Principal withPayNumber(@Nullable String newPayNumber) {
    return new Principal(id, kind, newPayNumber, partyCode, clearances, enabled);
  }

  /** Ids only: a principal's vetting record is nobody's business in a log. */
  @Override
  public String toString() {
    return "Principal[id=" + id + ", kind=" + kind + (enabled ? "" : ", disabled") + "]";
  }
}
