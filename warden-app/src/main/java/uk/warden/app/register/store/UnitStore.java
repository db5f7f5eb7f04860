package uk.warden.app.register.store;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.warden.app.platform.Codes;
import uk.warden.app.platform.StoreVersions;
import uk.warden.core.register.SensitivityFlag;
import uk.warden.core.register.Unit;

/** Units, departments and teams. */
@Repository
public class UnitStore {

  private static final String UPSERT_UPDATE =
      "UPDATE unit SET name = :name, flags = :flags WHERE code = :code";
  private static final String INSERT =
      "INSERT INTO unit (code, name, flags) VALUES (:code, :name, :flags)";

  private final JdbcClient jdbc;

  public UnitStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Unit> all() {
    return jdbc.sql("SELECT code, name, flags FROM unit ORDER BY name")
        .query(
            (rs, n) ->
                new Unit(
                    rs.getString(1),
                    rs.getString(2),
                    Codes.split(rs.getString(3), SensitivityFlag.class)))
        .list();
  }

  public Optional<Unit> find(String code) {
    return all().stream().filter(u -> u.code().equals(code)).findFirst();
  }

  public void save(Unit unit) {
    StoreVersions.bump(jdbc, StoreVersions.Topic.REGISTER);
    int updated = bind(jdbc.sql(UPSERT_UPDATE), unit).update();
    if (updated == 0) {
      bind(jdbc.sql(INSERT), unit).update();
    }
  }

  public void delete(String code) {
    StoreVersions.bump(jdbc, StoreVersions.Topic.REGISTER);
    jdbc.sql("DELETE FROM unit WHERE code = :code").param("code", code).update();
  }

  private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Unit unit) {
    return spec.param("code", unit.code())
        .param("name", unit.name())
        .param("flags", Codes.join(unit.flags()));
  }
}
