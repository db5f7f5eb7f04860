package uk.warden.app.platform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * Instants in and out of {@code TIMESTAMP WITH TIME ZONE} columns, always in UTC, the same way on
 * H2 and PostgreSQL (both drivers map that type to {@link OffsetDateTime}).
 */
public final class SqlTimes {

  private SqlTimes() {}

  public static @Nullable OffsetDateTime utc(@Nullable Instant at) {
    return at == null ? null : at.atOffset(ZoneOffset.UTC);
  }

  public static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
