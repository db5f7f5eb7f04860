package uk.warden.core.findings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.warden.core.access.AccessDirectory;
import uk.warden.core.access.Grant;
import uk.warden.core.access.Principal;
import uk.warden.core.access.PrincipalKind;
import uk.warden.core.register.Clearance;
import uk.warden.core.register.EmploymentStatus;
import uk.warden.core.register.Person;

/**
 * The questions several access rules ask of the snapshot, answered one way: who a principal is in
 * the register, which clearances count for it, which of its grants are live, and when a grant was
 * last used.
 *
 * <p>Live access: an enabled principal's grants, its own and its groups', that are in force at the
 * evaluation instant; a disabled principal or group holds none. The register's clearances of a
 * linked person are authoritative; a principal's own recorded clearances count only when the
 * register holds none (supplier staff vetted outside the force, say).
 */
final class AccessView {

  private final FindingsInput input;
  private final AccessDirectory directory;
  private final LocalDate today;
  private final Map<String, Optional<LocalDate>> groupLastUse = new HashMap<>();
  // Looked up for each of a million grants: sets beat fetching the holder every time.
  private final Set<String> disabled = new HashSet<>();
  private final Set<String> groups = new HashSet<>();

  AccessView(FindingsInput input) {
    this.input = input;
    this.directory = input.access();
    this.today = input.today();
    for (Principal principal : directory.principals()) {
      if (!principal.enabled()) {
        disabled.add(principal.id());
      }
      if (principal.kind() == PrincipalKind.GROUP) {
        groups.add(principal.id());
      }
    }
  }

  @Nullable Person person(Principal principal) {
    String payNumber = principal.payNumber();
    return payNumber == null ? null : input.person(payNumber).orElse(null);
  }

  boolean leaver(Principal principal) {
    Person person = person(principal);
    return person != null && person.status() == EmploymentStatus.LEFT;
  }

  List<Clearance> clearances(Principal principal) {
    Person person = person(principal);
    if (person != null && !person.clearances().isEmpty()) {
      return person.clearances();
    }
    return principal.clearances();
  }

  ClearanceState clearanceState(Principal principal) {
    return ClearanceState.of(clearances(principal), today);
  }

  /** Enabled principals that are people, not groups or machines. */
  List<Principal> vettedPrincipals() {
    List<Principal> people = new ArrayList<>();
    for (Principal principal : directory.principals()) {
      if (principal.enabled() && principal.kind().vetted()) {
        people.add(principal);
      }
    }
    return people;
  }

  /** The principal's live grants: none if it is disabled. */
  List<Grant> liveGrants(Principal principal) {
    if (!principal.enabled()) {
      return List.of();
    }
    List<Grant> live = new ArrayList<>();
    for (Grant grant : directory.effectiveGrants(principal.id())) {
      if (live(grant)) {
        live.add(grant);
      }
    }
    return live;
  }

  /** In force, and held by an enabled principal or group. */
  boolean live(Grant grant) {
    return grant.inForceAt(input.at()) && holderEnabled(grant);
  }

  /** The directory holds every grant's holder, so not disabled means enabled. */
  boolean holderEnabled(Grant grant) {
    return !disabled.contains(grant.holderId());
  }

  boolean heldByGroup(Grant grant) {
    return groups.contains(grant.holderId());
  }

  /** People a grant reaches: one for a direct grant, every member of a group. */
  int reach(Grant grant) {
    return heldByGroup(grant) ? directory.membersOf(grant.holderId()).size() : 1;
  }

  /**
   * The last day the grant was used: the later of the directory's record and the access events. For
   * a group's grant, use by any member counts.
   */
  @Nullable LocalDate lastUse(Grant grant) {
    LocalDate recorded =
        grant.lastUsedAt() == null ? null : grant.lastUsedAt().atZone(input.zone()).toLocalDate();
    LocalDate seen;
    if (heldByGroup(grant)) {
      seen =
          groupLastUse
              .computeIfAbsent(
                  grant.holderId() + "\u0000" + grant.systemCode(),
                  k -> Optional.ofNullable(membersLastUse(grant)))
              .orElse(null);
    } else {
      seen = input.volumes().lastSeen(grant.holderId(), grant.systemCode());
    }
    return later(recorded, seen);
  }

  private @Nullable LocalDate membersLastUse(Grant grant) {
    LocalDate last = null;
    for (String member : directory.membersOf(grant.holderId())) {
      last = later(last, input.volumes().lastSeen(member, grant.systemCode()));
    }
    return last;
  }

  static @Nullable LocalDate later(@Nullable LocalDate a, @Nullable LocalDate b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }
}
