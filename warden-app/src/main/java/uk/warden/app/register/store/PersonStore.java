package uk.warden.app.register.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.warden.app.crypto.Keyring;
import uk.warden.app.crypto.SealedRecords;
import uk.warden.app.platform.Codes;
import uk.warden.app.platform.Page;
import uk.warden.app.platform.PageRequest;
import uk.warden.app.platform.StoreVersions;
import uk.warden.app.register.PersonFilter;
import uk.warden.core.register.EmploymentStatus;
import uk.warden.core.register.Person;
import uk.warden.core.register.PersonKind;
import uk.warden.core.register.SensitivityFlag;
import uk.warden.inspect.workforce.IdentifierKind;
import uk.warden.inspect.workforce.WorkforceIndex;

/**
 * People with their clearances and identifiers. Writes go in batches with typed parameters because
 * a whole force (and a million-person benchmark force) is loaded at once. Names, photo reference
 * and identifiers are kept sealed ({@link SealedDetails}) and found by keyed hashes ({@link
 * PersonTerms}); the pay number stays plain as the key the custody ledger, addresses and the audit
 * log use.
 */
@Repository
public class PersonStore implements SealedRecords {

  private static final int BATCH = 2_000;

  private static final String INSERT_PERSON =
      """
      INSERT INTO person (pay_number, kind, rank_code, grade, unit_code, flags, status,
                          leaving_date, clearances, sealed, id)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
  private static final String UPDATE_PERSON =
      """
      UPDATE person SET pay_number = ?, kind = ?, rank_code = ?, grade = ?, unit_code = ?,
                        flags = ?, status = ?, leaving_date = ?, clearances = ?, sealed = ?
      WHERE id = ?""";
  private static final String SELECT_PERSON =
      "SELECT id, pay_number, kind, rank_code, grade, unit_code, flags, status, leaving_date,"
          + " clearances, sealed FROM person p";
  private static final String INSERT_TERM =
      "INSERT INTO person_term (person_id, kind, term) VALUES (?, ?, ?)";

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final Keyring keys;

  public PersonStore(JdbcClient jdbc, JdbcTemplate template, Keyring keys) {
    this.jdbc = jdbc;
    this.template = template;
    this.keys = keys;
  }

  @Override
  public String what() {
    return "people";
  }

  public long count() {
    return jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single();
  }

  public int nextId() {
    return jdbc.sql("SELECT COALESCE(MAX(id), 0) + 1 FROM person").query(Integer.class).single();
  }

  /** Pay number to id, for every person: the look-up an import needs to tell adds from updates. */
  public Map<String, Integer> idsByPayNumber() {
    Map<String, Integer> ids = new HashMap<>();
    template.query(
        "SELECT pay_number, id FROM person",
        rs -> {
          ids.put(rs.getString(1).toLowerCase(Locale.ROOT), rs.getInt(2));
        });
    return ids;
  }

  /** Inserts people that already carry their ids. */
  public void insertAll(Collection<Person> people) {
    write(INSERT_PERSON, people, false);
  }

  /** Replaces the stored facts of people who already have ids. */
  public void updateAll(Collection<Person> people) {
    write(UPDATE_PERSON, people, true);
  }

  /**
   * Both statements take the same parameters in the same order, the id last. Names and identifiers
   * are sealed and hashed here, the one place people are written, so no path stores them plain.
   */
  private void write(String sql, Collection<Person> people, boolean replaceTerms) {
    StoreVersions.bump(jdbc, StoreVersions.Topic.PEOPLE);
    WorkforceIndex.Hasher hasher = keys.hasher();
    List<Person> list = List.copyOf(people);
    for (int from = 0; from < list.size(); from += BATCH) {
      List<Person> chunk = list.subList(from, Math.min(list.size(), from + BATCH));
      byte[][] sealed = new byte[chunk.size()][];
      List<Object[]> terms = new ArrayList<>(chunk.size() * 6);
      for (int i = 0; i < sealed.length; i++) {
        Person p = chunk.get(i);
        int id = Objects.requireNonNull(p.id(), "person without an id");
        SealedDetails details = SealedDetails.of(p);
        sealed[i] = details.seal(keys, id);
        addTerms(terms, id, details, hasher);
      }
      template.batchUpdate(
          sql,
          new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
              bind(ps, chunk.get(i), sealed[i]);
            }

            @Override
            public int getBatchSize() {
              return chunk.size();
            }
          });
      if (replaceTerms) {
        deleteTerms(chunk.stream().map(Person::id).toList());
      }
      insertTerms(terms);
    }
  }

  /**
   * Runs a bulk load without the index over the keyed hashes, then builds that index once. Kept up
   * to date row by row, an index of random 64-bit values is rewritten nearly whole at each of the
   * load's commits: it made generating a force several times slower and its file twice the size.
   */
  public void withoutTermIndex(Runnable load) {
    jdbc.sql("DROP INDEX IF EXISTS person_term_term").update();
    try {
      load.run();
    } finally {
      jdbc.sql("CREATE INDEX IF NOT EXISTS person_term_term ON person_term (term)").update();
    }
  }

  /**
   * Seals the names and identifiers of people stored before they were sealed (see {@link
   * PersonSealing}), replacing any hashes a sealing cut short left behind.
   */
  void seal(Map<Integer, SealedDetails> people) {
    WorkforceIndex.Hasher hasher = keys.hasher();
    List<Object[]> rows = new ArrayList<>(people.size());
    List<Object[]> terms = new ArrayList<>(people.size() * 6);
    people.forEach(
        (id, details) -> {
          rows.add(new Object[] {details.seal(keys, id), id});
          addTerms(terms, id, details, hasher);
        });
    template.batchUpdate(
        "UPDATE person SET sealed = ? WHERE id = ?",
        rows,
        new int[] {Types.VARBINARY, Types.INTEGER});
    deleteTerms(people.keySet());
    insertTerms(terms);
  }

  private static void addTerms(
      List<Object[]> terms, int id, SealedDetails details, WorkforceIndex.Hasher hasher) {
    for (PersonTerms.Term term : PersonTerms.of(details, hasher)) {
      terms.add(new Object[] {id, term.kind(), term.hash()});
    }
  }

  private void deleteTerms(Collection<Integer> ids) {
    jdbc.sql("DELETE FROM person_term WHERE person_id IN (:ids)").param("ids", ids).update();
  }

  private void insertTerms(List<Object[]> terms) {
    template.batchUpdate(
        INSERT_TERM, terms, new int[] {Types.INTEGER, Types.VARCHAR, Types.BIGINT});
  }

  private static void bind(PreparedStatement ps, Person p, byte[] sealed) throws SQLException {
    ps.setString(1, p.payNumber());
    ps.setString(2, p.kind().name());
    ps.setString(3, p.rankCode());
    ps.setString(4, p.grade());
    ps.setString(5, p.unitCode());
    ps.setString(6, Codes.join(p.flags()));
    ps.setString(7, p.status().name());
    ps.setObject(8, p.leavingDate(), Types.DATE);
    ps.setString(9, PersonDetailsCodec.clearances(p.clearances()));
    ps.setBytes(10, sealed);
    ps.setInt(11, Objects.requireNonNull(p.id(), "person without an id"));
  }

  @Override
  public Batch resealAfter(long after, int limit) {
    int primary = keys.keys().primaryId();
    List<Object[]> resealed = new ArrayList<>();
    long[] last = {after};
    int[] looked = {0};
    template.query(
        "SELECT id, sealed FROM person WHERE id > ? AND sealed IS NOT NULL ORDER BY id LIMIT ?",
        rs -> {
          int id = rs.getInt(1);
          byte[] sealed = rs.getBytes(2);
          last[0] = id;
          looked[0]++;
          if (Keyring.keyId(sealed) != primary) {
            String context = SealedDetails.context(id);
            byte[] fresh = keys.seal(keys.open(sealed, context), context);
            resealed.add(new Object[] {fresh, id, sealed});
          }
        },
        after,
        limit);
    // Only if unchanged since read: a concurrent write already sealed under the primary key.
    template.batchUpdate(
        "UPDATE person SET sealed = ? WHERE id = ? AND sealed = ?",
        resealed,
        new int[] {Types.VARBINARY, Types.INTEGER, Types.VARBINARY});
    return new Batch(looked[0] == 0 ? -1 : last[0], looked[0], resealed.size());
  }

  public Optional<Person> findByPayNumber(String payNumber) {
    return jdbc.sql(SELECT_PERSON + " WHERE LOWER(pay_number) = LOWER(:pay)")
        .param("pay", payNumber)
        .query(this::mapPerson)
        .optional();
  }

  /** Every person's id in pay-number order: how notification lists are sorted. */
  public int[] idsInPayNumberOrder() {
    return jdbc
        .sql("SELECT id FROM person ORDER BY pay_number")
        .query(Integer.class)
        .list()
        .stream()
        .mapToInt(Integer::intValue)
        .toArray();
  }

  /** The people with these ids; unknown ids are left out. Keep a call to a few thousand ids. */
  public List<Person> findByIds(int[] ids) {
    if (ids.length == 0) {
      return List.of();
    }
    List<Integer> list = Arrays.stream(ids).boxed().toList();
    return jdbc.sql(SELECT_PERSON + " WHERE id IN (:ids)")
        .param("ids", list)
        .query(this::mapPerson)
        .list();
  }

  public Optional<Person> findById(int id) {
    return jdbc.sql(SELECT_PERSON + " WHERE id = :id")
        .param("id", id)
        .query(this::mapPerson)
        .optional();
  }

  public Page<Person> search(PersonFilter filter, PageRequest request) {
    Where where = Where.of(filter, keys.hasher());
    long total =
        jdbc.sql("SELECT COUNT(*) FROM person p" + where.sql())
            .params(where.params())
            .query(Long.class)
            .single();
    List<Person> people =
        jdbc.sql(
                SELECT_PERSON
                    + where.sql()
                    + " ORDER BY p.pay_number, p.id LIMIT :limit OFFSET :offset")
            .params(where.params())
            .param("limit", request.size())
            .param("offset", request.offset())
            .query(this::mapPerson)
            .list();
    return new Page<>(people, request.page(), request.size(), total);
  }

  /** Streams every person matching the filter in id order, a chunk at a time. */
  public void forEach(PersonFilter filter, Consumer<Person> sink) {
    Where where = Where.of(filter, keys.hasher());
    // Ids start at 0 in a store loaded from a ledger whose person indexes do.
    int after = -1;
    while (true) {
      List<Person> chunk =
          jdbc.sql(
                  SELECT_PERSON
                      + where.sql()
                      + (where.sql().isEmpty() ? " WHERE" : " AND")
                      + " p.id > :after ORDER BY p.id LIMIT :limit")
              .params(where.params())
              .param("after", after)
              .param("limit", BATCH)
              .query(this::mapPerson)
              .list();
      if (chunk.isEmpty()) {
        return;
      }
      chunk.forEach(sink);
      after = chunk.get(chunk.size() - 1).id();
    }
  }

  /** People counted by a column the register breaks down by: kind, status, unit or rank. */
  public Map<String, Long> countBy(String column) {
    if (!List.of("kind", "status", "unit_code", "rank_code").contains(column)) {
      throw new IllegalArgumentException("cannot count people by " + column);
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    template.query(
        "SELECT " + column + ", COUNT(*) FROM person GROUP BY " + column + " ORDER BY 2 DESC",
        rs -> {
          counts.put(String.valueOf(rs.getString(1)), rs.getLong(2));
        });
    return counts;
  }

  /**
   * Streams the stored hashes the disclosure guard's workforce index is made of, each with the
   * index's kind: whole names, surnames with initial, and collar numbers.
   */
  public void forEachWorkforceTerm(TermSink sink) {
    jdbc.sql("SELECT person_id, kind, term FROM person_term WHERE kind IN (:kinds)")
        .param("kinds", PersonTerms.WORKFORCE)
        .query(
            rs -> {
              sink.accept(rs.getInt(1), PersonTerms.workforceKind(rs.getString(2)), rs.getLong(3));
            });
  }

  /** Streams every person's id and pay number. */
  public void forEachPayNumber(PayNumberSink sink) {
    template.query(
        "SELECT id, pay_number FROM person",
        rs -> {
          sink.accept(rs.getInt(1), rs.getString(2));
        });
  }

  /** Receives stored hashes. */
  @FunctionalInterface
  public interface TermSink {
    void accept(int personId, IdentifierKind kind, long hash);
  }

  /** Receives pay numbers. */
  @FunctionalInterface
  public interface PayNumberSink {
    void accept(int personId, String payNumber);
  }

  private Person mapPerson(ResultSet rs, int row) throws SQLException {
    int id = rs.getInt("id");
    SealedDetails details = SealedDetails.open(keys, id, rs.getBytes("sealed"));
    return new Person(
        id,
        rs.getString("pay_number"),
        details.surname(),
        details.forenames(),
        PersonKind.valueOf(rs.getString("kind")),
        rs.getString("rank_code"),
        rs.getString("grade"),
        rs.getString("unit_code"),
        Codes.split(rs.getString("flags"), SensitivityFlag.class),
        PersonDetailsCodec.clearances(rs.getString("clearances")),
        EmploymentStatus.valueOf(rs.getString("status")),
        rs.getObject("leaving_date", LocalDate.class),
        details.identifiers(),
        details.photoRef());
  }

  /** The WHERE clause of a filter, with named parameters only: no value is ever spliced in. */
  private record Where(String sql, Map<String, Object> params) {

    static Where of(PersonFilter f, WorkforceIndex.Hasher hasher) {
      List<String> parts = new ArrayList<>();
      Map<String, Object> params = new HashMap<>();
      if (f.text() != null && !f.text().isBlank()) {
        parts.add(text(f.text(), hasher, params));
      }
      add(parts, params, "p.kind = :kind", "kind", f.kind() == null ? null : f.kind().name());
      add(parts, params, "p.unit_code = :unit", "unit", f.unitCode());
      add(parts, params, "p.rank_code = :rank", "rank", f.rankCode());
      add(
          parts,
          params,
          "p.status = :status",
          "status",
          f.status() == null ? null : f.status().name());
      add(
          parts,
          params,
          "p.clearances LIKE :level",
          "level",
          f.clearance() == null
              ? null
              : PersonDetailsCodec.clearanceLevelPattern(f.clearance().name()));
      add(
          parts,
          params,
          "p.flags LIKE :flag",
          "flag",
          f.flag() == null ? null : "%" + f.flag().name() + "%");
      String sql = parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts);
      return new Where(sql, params);
    }

    /**
     * Names are stored only as keyed hashes, so a search matches whole name tokens ("smith" finds
     * Smith, not Smithson) and every token must match; an identifier matches whole; only the pay
     * number, kept plain, still matches any part.
     */
    private static String text(
        String text, WorkforceIndex.Hasher hasher, Map<String, Object> params) {
      List<String> any = new ArrayList<>();
      any.add("LOWER(p.pay_number) LIKE :text ESCAPE '\\'");
      params.put("text", "%" + escapeLike(text.trim().toLowerCase(Locale.ROOT)) + "%");
      List<String> names = new ArrayList<>();
      for (String token : PersonTerms.nameTokens(text)) {
        String param = "name" + names.size();
        names.add(
            "p.id IN (SELECT person_id FROM person_term WHERE kind = :nameKind AND term = :"
                + param
                + ")");
        params.put(param, PersonTerms.name(hasher, token).orElseThrow());
      }
      if (!names.isEmpty()) {
        params.put("nameKind", PersonTerms.NAME);
        any.add("(" + String.join(" AND ", names) + ")");
      }
      OptionalLong identifier = PersonTerms.identifier(hasher, text);
      if (identifier.isPresent()) {
        any.add(
            "p.id IN (SELECT person_id FROM person_term WHERE kind IN (:idKinds) AND term = :id)");
        params.put("idKinds", PersonTerms.IDENTIFIERS);
        params.put("id", identifier.getAsLong());
      }
      return "(" + String.join(" OR ", any) + ")";
    }

    private static void add(
        List<String> parts,
        Map<String, Object> params,
        String sql,
        String name,
        @Nullable Object value) {
      if (value != null && !(value instanceof String s && s.isBlank())) {
        parts.add(sql);
        params.put(name, value);
      }
    }

    private static String escapeLike(String text) {
      return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
  }
}
