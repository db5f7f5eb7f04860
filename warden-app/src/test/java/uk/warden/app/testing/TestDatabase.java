package uk.warden.app.testing;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.warden.app.account.store.AccountStore;
import uk.warden.app.audit.Audit;
import uk.warden.app.audit.AuditService;
import uk.warden.app.audit.ReasonPolicy;
import uk.warden.app.audit.store.AuditStore;
import uk.warden.app.crypto.Keyring;
import uk.warden.app.crypto.ProcessKeys;
import uk.warden.app.custody.store.DeletionStore;
import uk.warden.app.custody.store.TransferStore;
import uk.warden.app.platform.StoreVersions;
import uk.warden.app.register.importing.ImportHistory;
import uk.warden.app.register.importing.RegisterApplier;
import uk.warden.app.register.store.AgreementStore;
import uk.warden.app.register.store.ImportRunStore;
import uk.warden.app.register.store.PartyStore;
import uk.warden.app.register.store.PersonStore;
import uk.warden.app.register.store.RankStore;
import uk.warden.app.register.store.SystemStore;
import uk.warden.app.register.store.UnitStore;
import uk.warden.core.register.RankTable;

/**
 * One test's own migrated database, with the stores built by hand over it (no Spring context, so
 * store tests start in milliseconds). Closing it throws the database away.
 */
public final class TestDatabase implements AutoCloseable {

  private final Engine engine;
  private final String url;
  private final DataSource dataSource;
  private final Runnable dispose;
  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final TransactionTemplate transactions;
  private final Keyring keys = new Keyring(new ProcessKeys());

  TestDatabase(Engine engine, String url, DataSource dataSource, Runnable dispose) {
    this.engine = engine;
    this.url = url;
    this.dataSource = dataSource;
    this.dispose = dispose;
    this.jdbc = JdbcClient.create(dataSource);
    this.template = new JdbcTemplate(dataSource);
    this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
  }

  public Engine engine() {
    return engine;
  }

  public String url() {
    return url;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public JdbcClient jdbc() {
    return jdbc;
  }

  public JdbcTemplate template() {
    return template;
  }

  public TransactionTemplate transactions() {
    return transactions;
  }

  public <T> T inTransaction(Supplier<T> work) {
    return transactions.execute(status -> work.get());
  }

  /** Rows in a table, for checking what a store left behind. */
  public long rows(String table) {
    return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
  }

  /** The keys the database's people are sealed under: one set for the test's whole database. */
  public Keyring keys() {
    return keys;
  }

  public PersonStore people() {
    return new PersonStore(jdbc, template, keys);
  }

  public PartyStore parties() {
    return new PartyStore(jdbc);
  }

  public SystemStore systems() {
    return new SystemStore(jdbc);
  }

  public AgreementStore agreements() {
    return new AgreementStore(jdbc);
  }

  public UnitStore units() {
    return new UnitStore(jdbc);
  }

  public RankStore ranks() {
    return new RankStore(jdbc);
  }

  public ImportRunStore importRuns() {
    return new ImportRunStore(jdbc);
  }

  public TransferStore transfers() {
    return new TransferStore(jdbc, template);
  }

  public DeletionStore deletions() {
    return new DeletionStore(jdbc, template);
  }

  public StoreVersions versions() {
    return new StoreVersions(jdbc);
  }

  /** Warden's audit log on this database, asking no reasons. */
  public Audit audit(Clock clock) {
    return new Audit(
        new AuditService(new AuditStore(jdbc(), template())), new ReasonPolicy(List.of()), clock);
  }

  public AccountStore accounts() {
    return new AccountStore(jdbc);
  }

  public RegisterApplier applier(Clock clock) {
    return new RegisterApplier(
        units(),
        parties(),
        systems(),
        agreements(),
        transfers(),
        new ImportHistory(importRuns(), clock),
        transactions);
  }

  /** The England and Wales rank table, as the app seeds a new store. */
  public TestDatabase withRanks() {
    RankStore ranks = ranks();
    RankTable.load(RankTable.ENGLAND_AND_WALES).ranks().forEach(ranks::insert);
    return this;
  }

  @Override
  public void close() {
    dispose.run();
  }

  @Override
  public String toString() {
    return engine.label();
  }
}
