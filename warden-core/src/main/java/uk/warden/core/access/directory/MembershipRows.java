package uk.warden.core.access.directory;

import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.warden.core.access.Membership;

/** Rows of the memberships file: a group and one of its members, which may be a group. */
final class MembershipRows {

  static final Column GROUP = Column.required("group", "group_id", "parent");
  static final Column MEMBER = Column.required("member", "member_id", "principal", "child");

  static final List<Column> COLUMNS = List.of(GROUP, MEMBER);

  private MembershipRows() {}

  static @Nullable Membership read(CsvRow row) {
    String group = row.id(GROUP);
    String member = row.id(MEMBER);
    if (group != null && group.equals(member)) {
      row.problem(MEMBER, "a group cannot contain itself");
    }
    if (!row.ok() || group == null || member == null) {
      return null;
    }
    return new Membership(group, member);
  }
}
