package uk.warden.bench.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import uk.warden.core.breach.PersonAttributes;
import uk.warden.core.custody.CustodyLedger;
import uk.warden.core.custody.Deletion;
import uk.warden.core.custody.DeletionScope;
import uk.warden.core.custody.RetentionRules;
import uk.warden.core.custody.Transfer;
import uk.warden.core.register.ClearanceLevel;

/** Writes a ledger and its people into the {@link BaselineSchema} tables. */
final class LedgerLoader {

  private static final int BATCH = 10_000;

  private final Connection connection;

  private LedgerLoader(Connection connection) {
    this.connection = connection;
  }

  /** Creates the tables, fills them and updates the planner's statistics. */
  static void load(
      BaselineStore store,
      CustodyLedger ledger,
      RetentionRules retention,
      PersonAttributes attributes)
      throws SQLException {
    Connection connection = store.connection();
    connection.setAutoCommit(false);
    BaselineSchema.create(connection);
    List<Transfer> transfers = new ArrayList<>();
    List<Deletion> deletions = new ArrayList<>();
    for (String party : ledger.parties()) {
      transfers.addAll(ledger.party(party).transfers());
      deletions.addAll(ledger.party(party).deletions());
    }
    transfers.sort(Comparator.comparingLong(Transfer::id));
    LedgerLoader loader = new LedgerLoader(connection);
    loader.people(attributes);
    loader.agreements(transfers, retention);
    loader.transfers(transfers);
    loader.deletions(deletions);
    store.memberships().load(connection, transfers);
    BaselineSchema.addKeys(connection);
    try (Statement statement = connection.createStatement()) {
      statement.execute("ANALYZE");
    }
    connection.commit();
  }

  static OffsetDateTime timestamp(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private void people(PersonAttributes attributes) throws SQLException {
    try (Rows rows =
        new Rows(
            "INSERT INTO person (id, kind, status, rank_or_grade, unit, highest_clearance)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      for (int id = 0; id < attributes.bound(); id++) {
        if (attributes.registered(id)) {
          ClearanceLevel highest = attributes.highestClearance(id);
          rows.add(
              id,
              attributes.kind(id).name(),
              attributes.status(id).name(),
              attributes.rankOrGrade(id),
              attributes.unit(id),
              highest == null ? null : highest.name());
        }
      }
    }
  }

  private void agreements(List<Transfer> transfers, RetentionRules retention) throws SQLException {
    TreeSet<String> codes = new TreeSet<>();
    transfers.stream().map(Transfer::agreement).filter(code -> code != null).forEach(codes::add);
    try (Rows rows = new Rows("INSERT INTO agreement (code, lapses_at) VALUES (?, ?)")) {
      for (String code : codes) {
        Instant lapse = retention.lapseOf(code);
        rows.add(code, lapse == null ? null : timestamp(lapse));
      }
    }
  }

  private void transfers(List<Transfer> transfers) throws SQLException {
    try (Rows rows =
            new Rows(
                "INSERT INTO transfer (id, at, to_party, to_system, agreement)"
                    + " VALUES (?, ?, ?, ?, ?)");
        Rows categories =
            new Rows("INSERT INTO transfer_category (transfer_id, category) VALUES (?, ?)")) {
      for (Transfer transfer : transfers) {
        rows.add(
            transfer.id(),
            timestamp(transfer.at()),
            transfer.toParty(),
            transfer.toSystem(),
            transfer.agreement());
      }
      rows.flush();
      for (Transfer transfer : transfers) {
        for (String category : transfer.categories()) {
          categories.add(transfer.id(), category);
        }
      }
    }
  }

  /** Whole-transfer and exit deletions only: erasures of named people need a table of their own. */
  private void deletions(List<Deletion> deletions) throws SQLException {
    try (Rows rows =
        new Rows(
            "INSERT INTO deletion (id, party, at, scope, transfer_id) VALUES (?, ?, ?, ?, ?)")) {
      for (Deletion deletion : deletions) {
        if (deletion.scope() instanceof DeletionScope.OneTransfer one) {
          rows.add(
              deletion.id(),
              deletion.party(),
              timestamp(deletion.at()),
              "TRANSFER",
              one.transferId());
        } else if (deletion.scope() instanceof DeletionScope.All) {
          rows.add(deletion.id(), deletion.party(), timestamp(deletion.at()), "ALL", null);
        } else {
          throw new IllegalArgumentException(
              "the SQL baseline does not model " + deletion + ": only transfer and exit deletions");
        }
      }
    }
  }

  /** One insert, batched and committed as it goes. */
  private final class Rows implements AutoCloseable {

    private final PreparedStatement insert;
    private int pending;

    Rows(String sql) throws SQLException {
      this.insert = connection.prepareStatement(sql);
    }

    void add(@Nullable Object... values) throws SQLException {
      for (int i = 0; i < values.length; i++) {
        insert.setObject(i + 1, values[i]);
      }
      insert.addBatch();
      if (++pending == BATCH) {
        flush();
      }
    }

    void flush() throws SQLException {
      insert.executeBatch();
      connection.commit();
      pending = 0;
    }

    @Override
    public void close() throws SQLException {
      try {
        flush();
      } finally {
        insert.close();
      }
    }
  }
}
