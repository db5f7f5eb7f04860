package uk.warden.bench.sql;

import java.sql.Connection;
import java.sql.SQLException;

/** A database the baseline is loaded into and queried on; closing removes what it made. */
public interface BaselineStore extends AutoCloseable {

  /** Product and version, for the report: "H2 2.4.240". */
  String name();

  Connection connection();

  /** The fastest way this database takes twenty million rows. */
  MembershipLoader memberships();

  @Override
  void close() throws SQLException;
}
