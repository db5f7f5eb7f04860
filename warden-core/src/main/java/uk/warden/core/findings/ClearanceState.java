package uk.warden.core.findings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.warden.core.register.Clearance;
import uk.warden.core.register.ClearanceStatus;

/**
 * A principal's clearances on one day, sorted into those that can be relied on ({@code valid}),
 * those that have ended and not been replaced ({@code lapsed}: recorded as lapsed or withdrawn, or
 * past their expiry though still recorded as active, with no valid clearance of the same scheme at
 * least as deep), and whether vetting is only pending.
 */
record ClearanceState(List<Clearance> valid, List<Clearance> lapsed, boolean pendingOnly) {

  static ClearanceState of(List<Clearance> clearances, LocalDate day) {
    List<Clearance> valid = new ArrayList<>();
    List<Clearance> ended = new ArrayList<>();
    boolean pending = false;
    for (Clearance clearance : clearances) {
      if (clearance.validOn(day)) {
        valid.add(clearance);
      } else if (clearance.status() == ClearanceStatus.PENDING) {
        pending = true;
      } else {
        ended.add(clearance);
      }
    }
    List<Clearance> lapsed = new ArrayList<>();
    for (Clearance clearance : ended) {
      if (!replaced(clearance, valid)) {
        lapsed.add(clearance);
      }
    }
    return new ClearanceState(List.copyOf(valid), List.copyOf(lapsed), pending && valid.isEmpty());
  }

  /** Never vetted, or vetting not finished: there is nothing to have lapsed. */
  boolean neverCleared() {
    return valid.isEmpty() && lapsed.isEmpty();
  }

  private static boolean replaced(Clearance ended, List<Clearance> valid) {
    for (Clearance current : valid) {
      if (current.scheme() == ended.scheme() && current.level().depth() >= ended.level().depth()) {
        return true;
      }
    }
    return false;
  }

  /** {@code NPPV3 expired 2025-01-31}, {@code MV lapsed}: for evidence. */
  static String describe(Clearance clearance, LocalDate day) {
    String level = clearance.level().label();
    if (clearance.status() == ClearanceStatus.ACTIVE
        && clearance.expires() != null
        && clearance.expires().isBefore(day)) {
      return level + " expired " + clearance.expires() + " (still recorded as active)";
    }
    String status = clearance.status().name().toLowerCase(java.util.Locale.ROOT);
    return level
        + " "
        + status
        + (clearance.expires() == null ? "" : " (expiry " + clearance.expires() + ")");
  }
}
