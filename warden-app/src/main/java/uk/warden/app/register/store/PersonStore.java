package uk.warden.app.register.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.warden.app.platform.Codes;
import uk.warden.app.register.PersonFilter;
import uk.warden.app.platform.Page;
import uk.warden.app.platform.PageRequest;
import uk.warden.core.register.Clearance;
import uk.warden.core.register.ClearanceLevel;
import uk.warden.core.register.ClearanceStatus;
import uk.warden.core.register.EmploymentStatus;
import uk.warden.core.register.IdentifierKind;
import uk.warden.core.register.Person;
import uk.warden.core.register.PersonIdentifier;
import uk.warden.core.register.PersonKind;
import uk.warden.core.register.SensitivityFlag;

/**
 * People, their clearances and identifiers. Writes go in batches because a whole force (and a
 * million-person benchmark force) is loaded at once; reads of a page fetch the child rows of the
 * page's people in one query each rather than one per person.
 */
@Repository
public class PersonStore {

  private static final int BATCH = 2_000;

  private static final String INSERT_PERSON =
      """
      INSERT INTO person (id, pay_number, surname, forenames, search_key, kind, rank_code, grade,
                          unit_code, flags, status, leaving_date, photo_ref)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
  private static final String UPDATE_PERSON =
      """
      UPDATE person SET surname = ?, forenames = ?, search_key = ?, kind = ?, rank_code = ?,
                        grade = ?, unit_code = ?, flags = ?, status = ?, leaving_date = ?,
                        photo_ref = ?
      WHERE id = ?""";
  private static final String INSERT_CLEARANCE =
      "INSERT INTO person_clearance (person_id, seq, clearance_level, granted, expires, status)"
          + " VALUES (?, ?, ?, ?, ?, ?)";
  private static final String INSERT_IDENTIFIER =
      "INSERT INTO person_identifier (person_id, seq, kind, id_value, unit_code, public_facing)"
          + " VALUES (?, ?, ?, ?, ?, ?)";
  private static final String SELECT_PERSON =
      "SELECT id, pay_number, surname, forenames, kind, rank_code, grade, unit_code, flags,"
          + " status, leaving_date, photo_ref FROM person p";

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
    List<Object[]> rows = new ArrayList<>(Math.min(people.size(), BATCH));
    List<Person> chunk = new ArrayList<>(BATCH);
    for (Person person : people) {
      chunk.add(person);
      rows.add(personRow(person));
      if (chunk.size() == BATCH) {
        flushInserts(rows, chunk);
      }
    }
    flushInserts(rows, chunk);
  }

  /** Replaces the stored facts of people who already have ids. */
  public void updateAll(Collection<Person> people) {
    List<Object[]> rows = new ArrayList<>();
    List<Integer> ids = new ArrayList<>();
    for (Person person : people) {
      Object[] row = personRow(person);
      Object[] update = new Object[12];
      System.arraycopy(row, 2, update, 0, 11);
      update[11] = person.id();
      rows.add(update);
      ids.add(person.id());
    }
    template.batchUpdate(UPDATE_PERSON, rows);
    deleteChildren(ids);
    insertChildren(people);
  }

  private void flushInserts(List<Object[]> rows, List<Person> chunk) {
    if (chunk.isEmpty()) {
      return;
    }
    template.batchUpdate(INSERT_PERSON, rows);
    insertChildren(chunk);
    rows.clear();
    chunk.clear();
  }

  private void deleteChildren(List<Integer> ids) {
    List<Object[]> args = ids.stream().map(id -> new Object[] {id}).toList();
    template.batchUpdate("DELETE FROM person_clearance WHERE person_id = ?", args);
    template.batchUpdate("DELETE FROM person_identifier WHERE person_id = ?", args);
  }

  private void insertChildren(Collection<Person> people) {
    List<Object[]> clearances = new ArrayList<>();
    List<Object[]> identifiers = new ArrayList<>();
    for (Person person : people) {
      int seq = 0;
      for (Clearance c : person.clearances()) {
        clearances.add(
            new Object[] {
              person.id(), seq++, c.level().name(), c.granted(), c.expires(), c.status().name()
            });
      }
      seq = 0;
      for (PersonIdentifier i : person.identifiers()) {
        identifiers.add(
            new Object[] {
              person.id(), seq++, i.kind().name(), i.value(), i.unitCode(), i.publicFacing()
            });
      }
    }
    template.batchUpdate(
        INSERT_CLEARANCE,
        clearances,
        new int[] {Types.INTEGER, Types.INTEGER, Types.VARCHAR, Types.DATE, Types.DATE,
            Types.VARCHAR});
    template.batchUpdate(
        INSERT_IDENTIFIER,
        identifiers,
        new int[] {Types.INTEGER, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.BOOLEAN});
  }

  private static Object[] personRow(Person p) {
    return new Object[] {
      p.id(),
      p.payNumber(),
      p.surname(),
      p.forenames(),
      searchKey(p),
      p.kind().name(),
      p.rankCode(),
      p.grade(),
      p.unitCode(),
      Codes.join(p.flags()),
      p.status().name(),
      p.leavingDate(),
      p.photoRef()
    };
  }

  static String searchKey(Person p) {
    return (p.surname() + " " + p.forenames() + " " + p.payNumber()).toLowerCase(Locale.ROOT);
  }

  public Optional<Person> findByPayNumber(String payNumber) {
    List<Person> found =
        withChildren(
            jdbc.sql(SELECT_PERSON + " WHERE LOWER(pay_number) = LOWER(:pay)")
                .param("pay", payNumber)
                .query(PersonStore::mapPerson)
                .list());
    return found.stream().findFirst();
  }

  public Optional<Person> findById(int id) {
    List<Person> found =
        withChildren(
            jdbc.sql(SELECT_PERSON + " WHERE id = :id")
                .param("id", id)
                .query(PersonStore::mapPerson)
                .list());
    return found.stream().findFirst();
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
    return new Page<>(withChildren(people), request.page(), request.size(), total);
  }

  /** Streams every person matching the filter in id order, for listings and exports. */
  public void forEach(PersonFilter filter, Consumer<Person> sink) {
    Where where = Where.of(filter);
    List<Person> chunk = new ArrayList<>(BATCH);
    int after = 0;
    while (true) {
      chunk.clear();
      chunk.addAll(
          jdbc.sql(
                  SELECT_PERSON
                      + where.sql()
                      + (where.sql().isEmpty() ? " WHERE" : " AND")
                      + " p.id > :after ORDER BY p.id LIMIT :limit")
              .params(where.params())
              .param("after", after)
              .param("limit", BATCH)
              .query(PersonStore::mapPerson)
              .list());
      if (chunk.isEmpty()) {
        return;
      }
      withChildren(chunk).forEach(sink);
      after = chunk.get(chunk.size() - 1).id();
    }
  }

  /** People counted by a column the register breaks down by: kind, status or unit_code. */
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

  private List<Person> withChildren(List<Person> people) {
    if (people.isEmpty()) {
      return people;
    }
    Map<Integer, List<Clearance>> clearances = new HashMap<>();
    Map<Integer, List<PersonIdentifier>> identifiers = new HashMap<>();
    List<Integer> ids = people.stream().map(Person::id).toList();
    jdbc.sql(
            "SELECT person_id, clearance_level, granted, expires, status FROM person_clearance"
                + " WHERE person_id IN (:ids) ORDER BY person_id, seq")
        .param("ids", ids)
        .query(
            (ResultSet rs) -> {
              clearances
                  .computeIfAbsent(rs.getInt(1), k -> new ArrayList<>())
                  .add(
                      new Clearance(
                          ClearanceLevel.valueOf(rs.getString(2)),
                          rs.getObject(3, java.time.LocalDate.class),
                          rs.getObject(4, java.time.LocalDate.class),
                          ClearanceStatus.valueOf(rs.getString(5))));
            });
    jdbc.sql(
            "SELECT person_id, kind, id_value, unit_code, public_facing FROM person_identifier"
                + " WHERE person_id IN (:ids) ORDER BY person_id, seq")
        .param("ids", ids)
        .query(
            (ResultSet rs) -> {
              identifiers
                  .computeIfAbsent(rs.getInt(1), k -> new ArrayList<>())
                  .add(
                      new PersonIdentifier(
                          IdentifierKind.valueOf(rs.getString(2)),
                          rs.getString(3),
                          rs.getString(4),
                          rs.getBoolean(5)));
            });
    List<Person> complete = new ArrayList<>(people.size());
    for (Person p : people) {
      complete.add(
          new Person(
              p.id(),
              p.payNumber(),
              p.surname(),
              p.forenames(),
              p.kind(),
              p.rankCode(),
              p.grade(),
              p.unitCode(),
              p.flags(),
              clearances.getOrDefault(p.id(), List.of()),
              p.status(),
              p.leavingDate(),
              identifiers.getOrDefault(p.id(), List.of()),
              p.photoRef()));
    }
    return complete;
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
        List.of(),
        EmploymentStatus.valueOf(rs.getString("status")),
        rs.getObject("leaving_date", java.time.LocalDate.class),
        List.of(),
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
      add(parts, params, "p.status = :status", "status", f.status() == null ? null : f.status().name());
      add(
          parts,
          params,
          "EXISTS (SELECT 1 FROM person_clearance c WHERE c.person_id = p.id AND c.clearance_level = :level)",
          "level",
          f.clearance() == null ? null : f.clearance().name());
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
        List<String> parts, Map<String, Object> params, String sql, String name, @Nullable Object value) {
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
