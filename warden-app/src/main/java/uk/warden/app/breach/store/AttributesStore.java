package uk.warden.app.breach.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.warden.app.platform.Codes;
import uk.warden.app.platform.IndexFiles;
import uk.warden.app.platform.Scans;
import uk.warden.app.platform.StoreVersions.Topic;
import uk.warden.app.register.store.PersonDetailsCodec;
import uk.warden.core.breach.PersonAttributes;
import uk.warden.core.register.EmploymentStatus;
import uk.warden.core.register.PersonKind;
import uk.warden.core.register.SensitivityFlag;

/**
 * Reads the register's people straight into breach attribute columns, one row at a time: a million
 * people never exist as objects, and names never leave the database. Only the columns the index
 * needs are selected, a page at a time (see {@link Scans}), and units' flags are read once
 * beforehand rather than joined to every row: with a million people the join cost more than the
 * rest of the scan. A large register is read as a few ranges of ids at once, each on its own
 * connection and thread: decoding the rows is most of the work, and it spreads over the cores.
 *
 * <p>What is read does not depend on the day (clearances are kept with their expiry days), so it is
 * saved in an index file beside an embedded store ({@link IndexFiles}) and read from there by the
 * next process, for any day, until people or the register change.
 */
@Repository
public class AttributesStore {

  /** The index files' names: the people's columns, and the attributes built from them for a day. */
  static final String INDEX = "people";

  static final String DAY_INDEX = "attributes";

  private static final String SELECT =
      "SELECT id, kind, status, rank_code, grade, unit_code, flags, clearances FROM person";

  /** Rows per query: well inside what the embedded store keeps in memory for a result. */
  private static final int PAGE = 10_000;

  private static final int MOST_PARTS = 4;

  /** Fewer people than this per range, and threads cost more than they save. */
  private static final int LEAST_PER_PART = 100_000;

  private final JdbcTemplate template;
  private final IndexFiles files;
  private final int mostParts;
  private final int leastPerPart;
  private final int page;

  @Autowired
  public AttributesStore(JdbcTemplate template, IndexFiles files) {
    this(
        template,
        files,
        Math.min(MOST_PARTS, Runtime.getRuntime().availableProcessors()),
        LEAST_PER_PART,
        PAGE);
  }

  /** Without index files: every load reads the store. */
  public AttributesStore(JdbcTemplate template) {
    this(template, IndexFiles.none());
  }

  /** With the splitting and paging chosen, so tests can exercise both on a few people. */
  AttributesStore(JdbcTemplate template, int mostParts, int leastPerPart, int page) {
    this(template, IndexFiles.none(), mostParts, leastPerPart, page);
  }

  AttributesStore(
      JdbcTemplate template, IndexFiles files, int mostParts, int leastPerPart, int page) {
    this.template = template;
    this.files = files;
    this.mostParts = mostParts;
    this.leastPerPart = leastPerPart;
    this.page = page;
  }

  /**
   * Clearances count if valid on {@code asOf}; a unit's sensitivity flags pass to its people. From
   * the index file of that day if there is one for the store as it stands; else built from the
   * people's columns (their own index file, or the store) and saved for the next process.
   */
  public PersonAttributes load(LocalDate asOf) {
    IndexFiles.Key key = files.key(template, Topic.PEOPLE, Topic.REGISTER);
    IndexFiles.Key ofDay = key.with(asOf.toEpochDay());
    PersonAttributes saved = files.read(DAY_INDEX, ofDay, PersonAttributes::fromBytes);
    if (saved != null) {
      return saved;
    }
    PersonAttributes built = columns(key).attributes(asOf);
    files.write(DAY_INDEX, template, ofDay, built::toBytes);
    return built;
  }

  /** From the index file if it is the store's as it stands, else from the store (then saved). */
  PeopleColumns columns(IndexFiles.Key key) {
    PeopleColumns saved = files.read(INDEX, key, PeopleColumns::read);
    if (saved != null) {
      return saved;
    }
    PeopleColumns read = scan();
    files.write(INDEX, template, key, read::write);
    return read;
  }

  private PeopleColumns scan() {
    Map<String, Set<SensitivityFlag>> unitFlags = new HashMap<>();
    template.query(
        "SELECT code, flags FROM unit WHERE flags <> ''",
        rs -> {
          unitFlags.put(rs.getString(1), Codes.split(rs.getString(2), SensitivityFlag.class));
        });
    long[] bounds =
        template.queryForObject(
            "SELECT MIN(id), MAX(id) FROM person",
            (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.wasNull() ? 1 : 0});
    if (bounds == null || bounds[2] == 1) {
      return PeopleColumns.of(List.of());
    }
    long span = bounds[1] - bounds[0] + 1;
    int parts = (int) Math.max(1, Math.min(mostParts, span / leastPerPart));
    List<PeopleColumns.Builder> ranges = new ArrayList<>();
    List<Callable<Void>> scans = new ArrayList<>();
    for (int part = 0; part < parts; part++) {
      long from = bounds[0] + span * part / parts;
      long to = bounds[0] + span * (part + 1) / parts - 1;
      PeopleColumns.Builder range = new PeopleColumns.Builder();
      ranges.add(range);
      scans.add(() -> scan(from, to, unitFlags, range));
    }
    runAll(scans);
    return PeopleColumns.of(ranges);
  }

  /** One range of ids, in id order, into its own builder. */
  private Void scan(
      long from,
      long to,
      Map<String, Set<SensitivityFlag>> unitFlags,
      PeopleColumns.Builder range) {
    Scans.forEachRow(template, SELECT, "id", from - 1, to, page, rs -> add(rs, unitFlags, range));
    return null;
  }

  private static void add(
      ResultSet rs, Map<String, Set<SensitivityFlag>> unitFlags, PeopleColumns.Builder range)
      throws SQLException {
    PersonKind kind = PersonKind.valueOf(rs.getString(2));
    String rankCode = rs.getString(4);
    String grade = rs.getString(5);
    String rank = kind.ranked() ? rankCode : grade;
    if (rank == null) {
      rank = kind.ranked() ? grade : rankCode;
    }
    String unit = rs.getString(6);
    Set<SensitivityFlag> flags = Codes.split(rs.getString(7), SensitivityFlag.class);
    Set<SensitivityFlag> ofUnit = unit == null ? null : unitFlags.get(unit);
    if (ofUnit != null) {
      flags.addAll(ofUnit);
    }
    range.add(
        rs.getInt(1),
        kind,
        EmploymentStatus.valueOf(rs.getString(3)),
        rank,
        unit,
        flags,
        PersonDetailsCodec.active(rs.getString(8)));
  }

  /** The first scan on this thread, the others on threads of their own; the first failure wins. */
  private static void runAll(List<Callable<Void>> scans) {
    if (scans.size() == 1) {
      call(scans.get(0));
      return;
    }
    ExecutorService threads =
        Executors.newFixedThreadPool(
            scans.size() - 1,
            task -> {
              Thread thread = new Thread(task, "attributes-scan");
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<Future<Void>> others = new ArrayList<>();
      for (Callable<Void> scan : scans.subList(1, scans.size())) {
        others.add(threads.submit(scan));
      }
      call(scans.get(0));
      for (Future<Void> other : others) {
        other.get();
      }
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException runtime
          ? runtime
          : new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the people", e);
    } finally {
      threads.shutdownNow();
    }
  }

  private static void call(Callable<Void> scan) {
    try {
      scan.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
