package uk.warden.bench.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import uk.warden.core.custody.Transfer;

/** Writes a {@code transfer_member} row for every person of every transfer, and commits. */
public interface MembershipLoader {

  /**
   * @param transfers in id order, so rows arrive in primary-key order
   */
  void load(Connection connection, List<Transfer> transfers) throws SQLException;
}
