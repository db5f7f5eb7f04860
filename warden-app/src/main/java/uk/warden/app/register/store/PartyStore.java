package uk.warden.app.register.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.warden.core.register.Assurance;
import uk.warden.core.register.ClearanceLevel;
import uk.warden.core.register.CyberEssentials;
import uk.warden.core.register.Party;
import uk.warden.core.register.PartyKind;

/** Parties and their assurance facts. */
@Repository
public class PartyStore {

  private static final String COLUMNS =
      "code, name, kind, parent_code, cyber_essentials, cyber_essentials_expires,"
          + " iso27001_expires, last_audit, last_audit_result, breach_notification_hours,"
          + " right_to_audit, delete_or_return_at_exit, sub_processors_approved,"
          + " required_staff_vetting, data_location";
  private static final String INSERT =
      "INSERT INTO party ("
          + COLUMNS
          + ") VALUES (:code, :name, :kind, :parent, :ce, :ceExpires, :isoExpires, :lastAudit,"
          + " :auditResult, :breachHours, :rightToAudit, :deleteOrReturn, :subApproved, :vetting,"
          + " :location)";
  private static final String UPDATE =
      """
      UPDATE party SET name = :name, kind = :kind, parent_code = :parent, cyber_essentials = :ce,
        cyber_essentials_expires = :ceExpires, iso27001_expires = :isoExpires,
        last_audit = :lastAudit, last_audit_result = :auditResult,
        breach_notification_hours = :breachHours, right_to_audit = :rightToAudit,
        delete_or_return_at_exit = :deleteOrReturn, sub_processors_approved = :subApproved,
        required_staff_vetting = :vetting, data_location = :location
      WHERE code = :code""";

  private final JdbcClient jdbc;

  public PartyStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Party> all() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM party ORDER BY name")
        .query(PartyStore::map)
        .list();
  }

  public Optional<Party> find(String code) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM party WHERE code = :code")
        .param("code", code)
        .query(PartyStore::map)
        .optional();
  }

  public boolean exists(String code) {
    return find(code).isPresent();
  }

  public void insert(Party party) {
    bind(jdbc.sql(INSERT), party).update();
  }

  public boolean update(Party party) {
    return bind(jdbc.sql(UPDATE), party).update() > 0;
  }

  public void delete(String code) {
    jdbc.sql("DELETE FROM party WHERE code = :code").param("code", code).update();
  }

  private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Party p) {
    Assurance a = p.assurance();
    return spec.param("code", p.code())
        .param("name", p.name())
        .param("kind", p.kind().name())
        .param("parent", p.parentCode())
        .param("ce", a.cyberEssentials().name())
        .param("ceExpires", a.cyberEssentialsExpires())
        .param("isoExpires", a.iso27001Expires())
        .param("lastAudit", a.lastAudit())
        .param("auditResult", a.lastAuditResult())
        .param("breachHours", a.breachNotificationHours())
        .param("rightToAudit", a.rightToAudit())
        .param("deleteOrReturn", a.deleteOrReturnAtExit())
        .param("subApproved", a.subProcessorsApproved())
        .param("vetting", a.requiredStaffVetting() == null ? null : a.requiredStaffVetting().name())
        .param("location", a.dataLocation());
  }

  private static Party map(ResultSet rs, int row) throws SQLException {
    String vetting = rs.getString("required_staff_vetting");
    Assurance assurance =
        new Assurance(
            CyberEssentials.valueOf(rs.getString("cyber_essentials")),
            rs.getObject("cyber_essentials_expires", LocalDate.class),
            rs.getObject("iso27001_expires", LocalDate.class),
            rs.getObject("last_audit", LocalDate.class),
            rs.getString("last_audit_result"),
            (Integer) rs.getObject("breach_notification_hours"),
            (Boolean) rs.getObject("right_to_audit"),
            (Boolean) rs.getObject("delete_or_return_at_exit"),
            (Boolean) rs.getObject("sub_processors_approved"),
            vetting == null ? null : ClearanceLevel.valueOf(vetting),
            rs.getString("data_location"));
    return new Party(
        rs.getString("code"),
        rs.getString("name"),
        PartyKind.valueOf(rs.getString("kind")),
        rs.getString("parent_code"),
        assurance);
  }
}
