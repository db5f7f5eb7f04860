package uk.warden.bench.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The straightforward relational model of the ledger, portable between H2 and PostgreSQL: a row per
 * person per transfer ({@code transfer_member}) where Warden keeps one bitmap per transfer, and the
 * person attributes as plain columns. Column names follow Warden's own {@code transfer} and {@code
 * deletion} tables.
 */
final class BaselineSchema {

  private static final List<String> TABLES =
      List.of(
          """
          CREATE TABLE person (
            id                 INTEGER     PRIMARY KEY,
            kind               VARCHAR(16) NOT NULL,
            status             VARCHAR(16) NOT NULL,
            rank_or_grade      VARCHAR(63) NOT NULL,
            unit               VARCHAR(63) NOT NULL,
            highest_clearance  VARCHAR(16)
          )""",
          """
          CREATE TABLE agreement (
            code       VARCHAR(63) PRIMARY KEY,
            lapses_at  TIMESTAMP WITH TIME ZONE
          )""",
          """
          CREATE TABLE transfer (
            id         BIGINT      PRIMARY KEY,
            at         TIMESTAMP WITH TIME ZONE NOT NULL,
            to_party   VARCHAR(63) NOT NULL,
            to_system  VARCHAR(63),
            agreement  VARCHAR(63) REFERENCES agreement (code)
          )""",
          "CREATE INDEX transfer_party ON transfer (to_party, at)",
          """
          CREATE TABLE transfer_category (
            transfer_id  BIGINT      NOT NULL REFERENCES transfer (id),
            category     VARCHAR(63) NOT NULL,
            PRIMARY KEY (transfer_id, category)
          )""",
          // Its key comes after the load (see KEYS); no foreign keys, whose twenty million checks
          // would only slow the load down.
          """
          CREATE TABLE transfer_member (
            transfer_id  BIGINT  NOT NULL,
            person_id    INTEGER NOT NULL
          )""",
          """
          CREATE TABLE deletion (
            id           BIGINT      PRIMARY KEY,
            party        VARCHAR(63) NOT NULL,
            at           TIMESTAMP WITH TIME ZONE NOT NULL,
            scope        VARCHAR(16) NOT NULL,
            transfer_id  BIGINT      REFERENCES transfer (id)
          )""",
          "CREATE INDEX deletion_party ON deletion (party, at)",
          // Transfers minus deletions: a transfer is held until the earliest deletion reaching it
          // (its own, or an exit certificate at or after it), and lawfully held until that or its
          // agreement's retention lapse, whichever comes first.
          """
          CREATE VIEW transfer_span AS
          SELECT id, to_party, at, until,
                 CASE WHEN lapses_at IS NOT NULL AND (until IS NULL OR lapses_at < until)
                      THEN lapses_at ELSE until END AS lawful_until
          FROM (
            SELECT t.id, t.to_party, t.at, a.lapses_at,
                   (SELECT MIN(d.at) FROM deletion d
                     WHERE d.party = t.to_party AND d.at >= t.at
                       AND (d.scope = 'ALL' OR d.transfer_id = t.id)) AS until
            FROM transfer t LEFT JOIN agreement a ON a.code = t.agreement
          ) spans""");

  /**
   * Built once the rows are in, as any bulk load does: one sorted build is several times faster
   * than keeping the index up to date row by row.
   */
  private static final String KEYS =
      "ALTER TABLE transfer_member ADD PRIMARY KEY (transfer_id, person_id)";

  /** Per connection: the exposed people of the window being counted, with their record count. */
  static final String SCRATCH =
      "CREATE LOCAL TEMPORARY TABLE exposed_person (person_id INTEGER NOT NULL, records INTEGER NOT NULL)";

  private BaselineSchema() {}

  static void create(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String ddl : TABLES) {
        statement.execute(ddl);
      }
    }
    connection.commit();
  }

  static void addKeys(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(KEYS);
    }
    connection.commit();
  }
}
