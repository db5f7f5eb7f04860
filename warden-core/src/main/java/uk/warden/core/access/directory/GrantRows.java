package uk.warden.core.access.directory;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import uk.warden.core.access.AccessType;
import uk.warden.core.access.Grant;
import uk.warden.core.access.SystemCodes;
import uk.warden.core.access.ingest.Timestamps;

/** Rows of the grants file. */
final class GrantRows {

  static final Column ID = Column.required("id", "grant", "grant_id");
  static final Column HOLDER = Column.required("holder", "holder_id", "principal", "grantee");
  static final Column SYSTEM = Column.required("system", "system_code");
  static final Column CATEGORIES = Column.optional("categories", "category");
  static final Column ACCESS = Column.required("access", "access_type", "type");
  static final Column PURPOSE = Column.optional("purpose", "justification", "reason");
  static final Column GRANTED_BY = Column.optional("granted_by", "grantor", "approved_by");
  static final Column GRANTED_AT = Column.required("granted_at", "granted", "granted_on");
  static final Column EXPIRES = Column.optional("expires", "expires_at", "expiry", "expiry_date");
  static final Column LAST_USED = Column.optional("last_used", "last_used_at", "last_use");

  static final List<Column> COLUMNS =
      List.of(
          ID,
          HOLDER,
          SYSTEM,
          CATEGORIES,
          ACCESS,
          PURPOSE,
          GRANTED_BY,
          GRANTED_AT,
          EXPIRES,
          LAST_USED);

  private final Timestamps times;

  GrantRows(Timestamps times) {
    this.times = times;
  }

  @Nullable Grant read(CsvRow row) {
    String id = row.id(ID);
    String holder = row.id(HOLDER);
    String system = row.required(SYSTEM);
    if (system != null && !SystemCodes.valid(system)) {
      row.problem(SYSTEM, "must be a register system code: lower-case letters, digits and hyphens");
    }
    Set<String> categories = new TreeSet<>();
    String categoryText = row.text(CATEGORIES);
    if (categoryText != null) {
      for (String category : CellValues.items(categoryText)) {
        if (!SystemCodes.valid(category)) {
          row.problem(
              CATEGORIES,
              "category codes are lower-case letters, digits and hyphens, separated by ;");
          break;
        }
        categories.add(category);
      }
    }
    AccessType access =
        row.required(ACCESS) == null ? null : row.parsed(ACCESS, CellValues::access);
    Instant grantedAt = row.required(GRANTED_AT) == null ? null : row.parsed(GRANTED_AT, this::at);
    Instant expires = row.parsed(EXPIRES, this::at);
    Instant lastUsed = row.parsed(LAST_USED, this::at);
    if (grantedAt != null && expires != null && expires.isBefore(grantedAt)) {
      row.problem(EXPIRES, "is before granted_at: a grant cannot expire before it was made");
    }
    if (!row.ok()
        || id == null
        || holder == null
        || system == null
        || access == null
        || grantedAt == null) {
      return null;
    }
    try {
      return new Grant(
          id,
          holder,
          system,
          categories,
          access,
          row.text(PURPOSE),
          row.text(GRANTED_BY),
          grantedAt,
          expires,
          lastUsed);
    } catch (IllegalArgumentException e) {
      row.problem(null, String.valueOf(e.getMessage()));
      return null;
    }
  }

  private Instant at(String text) {
    return CellValues.instant(text, times);
  }
}
