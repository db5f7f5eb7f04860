package uk.warden.bench.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import uk.warden.core.custody.Transfer;

/**
 * JDBC batches of one prepared insert, committed every so often so no transaction grows to twenty
 * million rows: H2's fastest path for an embedded database, which has no COPY.
 */
final class BatchMembershipLoader implements MembershipLoader {

  private static final String INSERT =
      "INSERT INTO transfer_member (transfer_id, person_id) VALUES (?, ?)";
  private static final int BATCH = 10_000;
  private static final int BATCHES_PER_COMMIT = 20;

  @Override
  public void load(Connection connection, List<Transfer> transfers) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      int pending = 0;
      int batches = 0;
      for (Transfer transfer : transfers) {
        for (int person : transfer.people().toArray()) {
          insert.setLong(1, transfer.id());
          insert.setInt(2, person);
          insert.addBatch();
          if (++pending == BATCH) {
            insert.executeBatch();
            pending = 0;
            if (++batches % BATCHES_PER_COMMIT == 0) {
              connection.commit();
            }
          }
        }
      }
      insert.executeBatch();
      connection.commit();
    }
  }
}
