package uk.warden.core.access.directory;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.warden.core.access.Grant;
import uk.warden.core.access.Membership;
import uk.warden.core.access.Principal;
import uk.warden.core.access.PrincipalKind;

/**
 * What {@link uk.warden.core.access.AccessDirectory#of} would refuse for the whole directory,
 * checked row by row instead so each problem names its file and line: duplicate ids, memberships
 * and grants naming a principal that is not in the principals file, and memberships of something
 * that is not a group. Principals are seen first. An id whose own row was bad still counts as
 * present, so one mistake is not reported again on every row that names it; and if a line of the
 * principals file could not be read at all, no reference is reported unknown, as it may be that
 * line's.
 */
final class CrossChecks {

  private final String principalsSource;
  private final boolean principalsComplete;
  private final Map<String, Integer> principalLines = new HashMap<>();
  private final Map<String, Principal> principals = new HashMap<>();
  private final Map<Membership, Integer> membershipLines = new HashMap<>();
  private final Map<String, Integer> grantLines = new HashMap<>();

  CrossChecks(String principalsSource, boolean principalsComplete) {
    this.principalsSource = principalsSource;
    this.principalsComplete = principalsComplete;
  }

  void principal(CsvRow row, @Nullable Principal principal) {
    String id = row.text(PrincipalRows.ID);
    if (id == null) {
      return;
    }
    Integer first = principalLines.putIfAbsent(id, row.line());
    if (first != null) {
      row.problem(PrincipalRows.ID, "the id is already used on line " + first);
    } else if (principal != null) {
      principals.put(id, principal);
    }
  }

  void membership(CsvRow row, Membership membership) {
    known(row, MembershipRows.GROUP, membership.groupId());
    Principal group = principals.get(membership.groupId());
    if (group != null && group.kind() != PrincipalKind.GROUP) {
      row.problem(
          MembershipRows.GROUP,
          "names a " + PrincipalRows.kindName(group.kind()) + ", not a group");
    }
    known(row, MembershipRows.MEMBER, membership.memberId());
    Integer first = membershipLines.putIfAbsent(membership, row.line());
    if (first != null) {
      row.problem(null, "the same membership is already on line " + first);
    }
  }

  void grant(CsvRow row, Grant grant) {
    Integer first = grantLines.putIfAbsent(grant.id(), row.line());
    if (first != null) {
      row.problem(GrantRows.ID, "the grant id is already used on line " + first);
    }
    known(row, GrantRows.HOLDER, grant.holderId());
  }

  private void known(CsvRow row, Column column, String id) {
    if (principalsComplete && !principalLines.containsKey(id)) {
      row.problem(column, "names no principal in " + principalsSource);
    }
  }
}
