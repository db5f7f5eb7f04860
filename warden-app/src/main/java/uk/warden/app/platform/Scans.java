package uk.warden.app.platform;

import java.util.Collection;
import java.util.Collections;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Whole-table reads that build an in-memory index (every person's attributes, every transfer's
 * bitmap), read a page of keys at a time in key order. The embedded store computes a query's whole
 * result before handing over the first row, and writes a result larger than its in-memory limit to
 * a temporary file first: for a million people that copy cost more than reading the rows. A page of
 * a few thousand rows stays in memory. (H2's lazy execution would stream instead, but its open
 * cursors failed with "chunk not found" while the store compacted itself in the background.)
 */
public final class Scans {

  private Scans() {}

  /**
   * Hands each row of {@code select} whose {@code key} lies in {@code (after, upTo]} to {@code
   * rows}, in key order, {@code page} rows per query. {@code select} has no WHERE or ORDER BY of
   * its own, and its first column is {@code key}, a whole number.
   */
  public static void forEachRow(
      JdbcTemplate template,
      String select,
      String key,
      long after,
      long upTo,
      int page,
      RowCallbackHandler rows) {
    String sql =
        select + " WHERE " + key + " > ? AND " + key + " <= ? ORDER BY " + key + " LIMIT " + page;
    long[] last = {after};
    int[] read = {page};
    while (read[0] == page) {
      long from = last[0];
      read[0] = 0;
      template.query(
          sql,
          ps -> {
            ps.setLong(1, from);
            ps.setLong(2, upTo);
          },
          rs -> {
            last[0] = rs.getLong(1);
            read[0]++;
            rows.processRow(rs);
          });
    }
  }

  /** Every row of {@code select}, in key order. */
  public static void forEachRow(
      JdbcTemplate template, String select, String key, int page, RowCallbackHandler rows) {
    forEachRow(template, select, key, Long.MIN_VALUE, Long.MAX_VALUE, page, rows);
  }

  /**
   * Every row of {@code select} whose {@code column} is one of {@code values}, in {@code key}
   * order: the few rows of the parties asked about, not a whole table.
   */
  public static void forEachIn(
      JdbcTemplate template,
      String select,
      String column,
      Collection<String> values,
      String key,
      RowCallbackHandler rows) {
    if (values.isEmpty()) {
      return;
    }
    template.query(
        select
            + " WHERE "
            + column
            + " IN ("
            + String.join(", ", Collections.nCopies(values.size(), "?"))
            + ") ORDER BY "
            + key,
        ps -> {
          int i = 1;
          for (String value : values) {
            ps.setString(i++, value);
          }
        },
        rows);
  }
}
