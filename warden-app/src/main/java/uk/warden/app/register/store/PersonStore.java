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
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.warden.app.platform.Codes;
import uk.warden.app.platform.Page;
import uk.warden.app.platform.PageRequest;
import uk.warden.app.platform.StoreVersions;
import uk.warden.app.register.PersonFilter;
import uk.warden.core.register.EmploymentStatus;
import uk.warden.core.register.Person;
import uk.warden.core.register.PersonKind;
import uk.warden.core.register.SensitivityFlag;

/**
 * People with their clearances and identifiers. Writes go in batches with typed parameters because
 * a whole force (and a million-person benchmark force) is loaded at once.
 */
@Repository
public class PersonStore {

  private static final int BATCH = 2_000;

  private static final String INSERT_PERSON =
      """
      INSERT INTO person (pay_number, surname, forenames, search_key, kind, rank_code, grade,
                          unit_code, flags, status, leaving_date, photo_ref, clearances,
                          identifiers, id)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
  private static final String UPDATE_PERSON =
      """
      UPDATE person SET pay_number = ?, surname = ?, forenames = ?, search_key = ?, kind = ?,
                        rank_code = ?, grade = ?, unit_code = ?, flags = ?, status = ?,
                        leaving_date = ?, photo_ref = ?, clearances = ?, identifiers = ?
      WHERE id = ?""";
  private static final String SELECT_PERSON =
      "SELECT id, pay_number, surname, forenames, kind, rank_code, grade, unit_code, flags,"
          + " status, leaving_date, photo_ref, clearances, identifiers FROM person p";

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  public PersonStore(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
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
    write(INSERT_PERSON, people);
  }

  /** Replaces the stored facts of people who already have ids. */
  public void updateAll(Collection<Person> people) {
    write(UPDATE_PERSON, people);
  }

  /** Both statements take the same parameters in the same order, the id last. */
  private void write(String sql, Collection<Person> people) {
    StoreVersions.bump(jdbc, StoreVersions.Topic.PEOPLE);
    List<Person> list = List.copyOf(people);
    for (int from = 0; from < list.size(); from += BATCH) {
      List<Person> chunk = list.subList(from, Math.min(list.size(), from + BATCH));
      template.batchUpdate(
          sql,
          new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
              bind(ps, chunk.get(i));
            }

            @Override
            public int getBatchSize() {
              return chunk.size();
            }
          });
    }
  }

  private static void bind(PreparedStatement ps, Person p) throws SQLException {
    ps.setString(1, p.payNumber());
    ps.setString(2, p.surname());
    ps.setString(3, p.forenames());
    ps.setString(4, searchKey(p));
    ps.setString(5, p.kind().name());
    ps.setString(6, p.rankCode());
    ps.setString(7, p.grade());
    ps.setString(8, p.unitCode());
    ps.setString(9, Codes.join(p.flags()));
    ps.setString(10, p.status().name());
    ps.setObject(11, p.leavingDate(), Types.DATE);
    ps.setString(12, p.photoRef());
    ps.setString(13, PersonDetailsCodec.clearances(p.clearances()));
    ps.setString(14, PersonDetailsCodec.identifiers(p.identifiers()));
    ps.setInt(15, Objects.requireNonNull(p.id(), "person without an id"));
  }

  static String searchKey(Person p) {
    return (p.surname() + " " + p.forenames() + " " + p.payNumber()).toLowerCase(Locale.ROOT);
  }

  public Optional<Person> findByPayNumber(String payNumber) {
    return jdbc.sql(SELECT_PERSON + " WHERE LOWER(pay_number) = LOWER(:pay)")
        .param("pay", payNumber)
        .query(PersonStore::mapPerson)
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
        .query(PersonStore::mapPerson)
        .list();
  }

  public Optional<Person> findById(int id) {
    return jdbc.sql(SELECT_PERSON + " WHERE id = :id")
        .param("id", id)
        .query(PersonStore::mapPerson)
        .optional();
  }

  public Page<Person> search(PersonFilter filter, PageRequest request) {
    Where where = Where.of(filter);
    long total =
        jdbc.sql("SELECT COUNT(*) FROM person p" + where.sql())
            .params(where.params())
            .query(Long.class)
            .single();
    List<Person> people =
        jdbc.sql(
                SELECT_PERSON
                    + where.sql()
                    + " ORDER BY p.surname, p.forenames, p.id LIMIT :limit OFFSET :offset")
            .params(where.params())
            .param("limit", request.size())
            .param("offset", request.offset())
            .query(PersonStore::mapPerson)
            .list();
    return new Page<>(people, request.page(), request.size(), total);
  }

  /** Streams every person matching the filter in id order, a chunk at a time. */
  public void forEach(PersonFilter filter, Consumer<Person> sink) {
    Where where = Where.of(filter);
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
              .query(PersonStore::mapPerson)
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

  private static Person mapPerson(ResultSet rs, int row) throws SQLException {
    return new Person(
        rs.getInt("id"),
        rs.getString("pay_number"),
        rs.getString("surname"),
        rs.getString("forenames"),
        PersonKind.valueOf(rs.getString("kind")),
        rs.getString("rank_code"),
        rs.getString("grade"),
        rs.getString("unit_code"),
        Codes.split(rs.getString("flags"), SensitivityFlag.class),
        PersonDetailsCodec.clearances(rs.getString("clearances")),
        EmploymentStatus.valueOf(rs.getString("status")),
        rs.getObject("leaving_date", LocalDate.class),
        PersonDetailsCodec.identifiers(rs.getString("identifiers")),
        rs.getString("photo_ref"));
  }

  /** The WHERE clause of a filter, with named parameters only: no value is ever spliced in. */
  private record Where(String sql, Map<String, Object> params) {

    static Where of(PersonFilter f) {
      List<String> parts = new ArrayList<>();
      Map<String, Object> params = new HashMap<>();
      if (f.text() != null && !f.text().isBlank()) {
        parts.add("p.search_key LIKE :text ESCAPE '\\'");
        params.put("text", "%" + escapeLike(f.text().trim().toLowerCase(Locale.ROOT)) + "%");
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
