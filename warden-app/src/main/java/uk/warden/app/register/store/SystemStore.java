package uk.warden.app.register.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.warden.app.platform.Codes;
import uk.warden.core.register.Classification;
import uk.warden.core.register.DataSystem;
import uk.warden.core.register.Marking;
import uk.warden.core.register.PersonKind;
import uk.warden.core.register.Population;

/** Systems and the categories each holds. */
@Repository
public class SystemStore {

  private static final String COLUMNS =
      "code, name, host_code, classification, sensitive, legacy_marking, record_count,"
          + " population_kinds, includes_leavers, owner";
  private static final String INSERT =
      "INSERT INTO data_system ("
          + COLUMNS
          + ") VALUES (:code, :name, :host, :classification, :sensitive, :legacy, :records,"
          + " :kinds, :leavers, :owner)";
  private static final String UPDATE =
      """
      UPDATE data_system SET name = :name, host_code = :host, classification = :classification,
        sensitive = :sensitive, legacy_marking = :legacy, record_count = :records,
        population_kinds = :kinds, includes_leavers = :leavers, owner = :owner
      WHERE code = :code""";

  private final JdbcClient jdbc;

  public SystemStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<DataSystem> all() {
    return withCategories(
        jdbc.sql("SELECT " + COLUMNS + " FROM data_system ORDER BY name")
            .query(SystemStore::map)
            .list());
  }

  public List<DataSystem> hostedBy(String partyCode) {
    return withCategories(
        jdbc.sql("SELECT " + COLUMNS + " FROM data_system WHERE host_code = :host ORDER BY name")
            .param("host", partyCode)
            .query(SystemStore::map)
            .list());
  }

  public Optional<DataSystem> find(String code) {
    return withCategories(
            jdbc.sql("SELECT " + COLUMNS + " FROM data_system WHERE code = :code")
                .param("code", code)
                .query(SystemStore::map)
                .list())
        .stream()
        .findFirst();
  }

  public void insert(DataSystem system) {
    bind(jdbc.sql(INSERT), system).update();
    insertCategories(system);
  }

  public boolean update(DataSystem system) {
    boolean found = bind(jdbc.sql(UPDATE), system).update() > 0;
    if (found) {
      jdbc.sql("DELETE FROM system_category WHERE system_code = :code")
          .param("code", system.code())
          .update();
      insertCategories(system);
    }
    return found;
  }

  public void delete(String code) {
    jdbc.sql("DELETE FROM data_system WHERE code = :code").param("code", code).update();
  }

  private void insertCategories(DataSystem system) {
    for (String key : system.categories()) {
      jdbc.sql("INSERT INTO system_category (system_code, category_key) VALUES (:code, :key)")
          .param("code", system.code())
          .param("key", key)
          .update();
    }
  }

  private List<DataSystem> withCategories(List<DataSystem> systems) {
    if (systems.isEmpty()) {
      return systems;
    }
    Map<String, List<String>> categories = new HashMap<>();
    jdbc.sql("SELECT system_code, category_key FROM system_category WHERE system_code IN (:codes)")
        .param("codes", systems.stream().map(DataSystem::code).toList())
        .query(
            (ResultSet rs) -> {
              categories
                  .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                  .add(rs.getString(2));
            });
    return systems.stream()
        .map(
            s ->
                new DataSystem(
                    s.code(),
                    s.name(),
                    s.hostCode(),
                    Set.copyOf(categories.getOrDefault(s.code(), List.of())),
                    s.marking(),
                    s.recordCount(),
                    s.population(),
                    s.owner()))
        .toList();
  }

  private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, DataSystem s) {
    return spec.param("code", s.code())
        .param("name", s.name())
        .param("host", s.hostCode())
        .param("classification", s.marking().classification().name())
        .param("sensitive", s.marking().sensitive())
        .param("legacy", s.marking().legacy())
        .param("records", s.recordCount())
        .param("kinds", Codes.join(s.population().kinds()))
        .param("leavers", s.population().includesLeavers())
        .param("owner", s.owner());
  }

  private static DataSystem map(ResultSet rs, int row) throws SQLException {
    Marking marking =
        new Marking(
            Classification.valueOf(rs.getString("classification")),
            rs.getBoolean("sensitive"),
            rs.getString("legacy_marking"));
    Population population =
        new Population(
            Codes.split(rs.getString("population_kinds"), PersonKind.class),
            rs.getBoolean("includes_leavers"));
    return new DataSystem(
        rs.getString("code"),
        rs.getString("name"),
        rs.getString("host_code"),
        Set.of(),
        marking,
        rs.getLong("record_count"),
        population,
        rs.getString("owner"));
  }
}
