package uk.warden.watch.collect.jdbc;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The first guard on a configured query: one statement that reads. The second, stronger guard is
 * the database itself: the collector's connection and transaction are read-only, so even a query
 * that slips a write past this check (a data-modifying WITH, say) is refused there.
 */
final class ReadOnlyQuery {

  private static final Pattern READS = Pattern.compile("(?is)(select|with)\\b.*");

  private ReadOnlyQuery() {}

  /** Why the query is refused, or null when it may run. */
  static @Nullable String problem(@Nullable String sql) {
    if (sql == null || sql.isBlank()) {
      return "a query is required";
    }
    String statement = withoutFinalSemicolon(sql);
    if (!READS.matcher(statement).matches()) {
      return "must be a read-only query starting with SELECT or WITH";
    }
    if (statement.indexOf(';') >= 0) {
      return "must be a single statement (no ';' inside)";
    }
    return null;
  }

  /** The statement as sent: trimmed, and without one final ';', which drivers reject. */
  static String withoutFinalSemicolon(String sql) {
    String trimmed = sql.strip();
    return trimmed.endsWith(";") ? trimmed.substring(0, trimmed.length() - 1).strip() : trimmed;
  }
}
