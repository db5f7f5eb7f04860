package uk.warden.bench.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.warden.bench.BenchScale;
import uk.warden.bench.BenchSettings;
import uk.warden.core.custody.Transfer;
import uk.warden.synth.SyntheticLedger;

/** A baseline that counts something else must stop the run, not print a flattering ratio. */
class SqlBaselineTest {

  @Test
  void failsLoudlyWhenTheTablesDoNotHoldTheLedger(@TempDir Path dir) throws SQLException {
    // Tiny, since only the check is under test: the smoke test runs the baseline at the small
    // scale.
    SyntheticLedger ledger = SyntheticLedger.build(BenchScale.SEED, 2_000, 200, 20_000);

    try (BaselineStore store = new WithoutFullLoad(H2Store.open(dir))) {
      assertThatThrownBy(() -> SqlBaseline.run(store, ledger, BenchSettings.SMOKE))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("disagrees with the engine")
          .hasMessageContaining("exposed: ");
    }
    assertThat(dir).isEmptyDirectory();
  }

  /** Loads every membership but the full load's, the ledger's first transfer. */
  private record WithoutFullLoad(BaselineStore store) implements BaselineStore {

    @Override
    public String name() {
      return store.name();
    }

    @Override
    public Connection connection() {
      return store.connection();
    }

    @Override
    public MembershipLoader memberships() {
      return (connection, transfers) -> {
        List<Transfer> rest = transfers.subList(1, transfers.size());
        store.memberships().load(connection, rest);
      };
    }

    @Override
    public void close() throws SQLException {
      store.close();
    }
  }
}
