package uk.warden.core.access;

import java.time.Instant;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import uk.warden.core.register.DataSystem;
import uk.warden.core.register.RegisterCodes;

/**
 * Access to a system granted to a principal or a group: which categories it reaches (empty means
 * every category the system holds), how ({@link AccessType}), why ({@code purpose}, which may be
 * missing: a finding), who granted it and when, until when, and when it was last used as the
 * directory recorded it ({@code lastUsedAt}; access events may show later use).
 *
 * <p>A grant stays in the directory until it is revoked; one past {@code expiresAt} that is still
 * there is exactly what the expired-grant rule looks for.
 */
public record Grant(
    String id,
    String holderId,
    String systemCode,
    Set<String> categories,
    AccessType type,
    @Nullable String purpose,
    @Nullable String grantedBy,
    Instant grantedAt,
    @Nullable Instant expiresAt,
    @Nullable Instant lastUsedAt) {

  public Grant {
    PrincipalIds.require(id, "grant");
    PrincipalIds.require(holderId, "grant " + id + " holder");
    RegisterCodes.requireValid(systemCode, "system");
    categories =
        categories == null || categories.isEmpty()
            ? Collections.emptySortedSet()
            : Collections.unmodifiableSortedSet(new TreeSet<>(categories));
    Objects.requireNonNull(type, "type");
    purpose = purpose == null || purpose.isBlank() ? null : purpose.strip();
    grantedBy = grantedBy == null || grantedBy.isBlank() ? null : grantedBy.strip();
    Objects.requireNonNull(grantedAt, "grantedAt");
    if (expiresAt != null && expiresAt.isBefore(grantedAt)) {
      throw new IllegalArgumentException("grant " + id + " expires before it was granted");
    }
  }

  public boolean hasPurpose() {
    return purpose != null;
  }

  /** True once {@code at} is past the expiry; a grant with no expiry never expires. */
  public boolean expiredAt(Instant at) {
    return expiresAt != null && !at.isBefore(expiresAt);
  }

  /** Granted by then and not yet expired. */
  public boolean inForceAt(Instant at) {
    return !grantedAt.isAfter(at) && !expiredAt(at);
  }

  /** The categories of {@code system} this grant reaches: all of them when none are named. */
  public Set<String> reachable(DataSystem system) {
    if (categories.isEmpty()) {
      return system.categories();
    }
    TreeSet<String> reached = new TreeSet<>(categories);
    reached.retainAll(system.categories());
    return Collections.unmodifiableSortedSet(reached);
  }

  /** Leaves out the purpose and the granter, who is a person. */
  @Override
  public String toString() {
    return "Grant[id=" + id + ", holder=" + holderId + ", system=" + systemCode + ", " + type + "]";
  }
}
