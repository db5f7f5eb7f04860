package uk.warden.app.breach.store;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.warden.app.platform.Codes;
import uk.warden.app.register.store.PersonDetailsCodec;
import uk.warden.core.breach.PersonAttributes;
import uk.warden.core.register.Clearance;
import uk.warden.core.register.ClearanceLevel;
import uk.warden.core.register.EmploymentStatus;
import uk.warden.core.register.PersonKind;
import uk.warden.core.register.SensitivityFlag;

/**
 * Reads the register's people straight into breach attribute columns, one row at a time: a million
 * people never exist as objects, and names never leave the database.
 */
@Repository
public class AttributesStore {

  private static final String NO_CLEARANCES = "[]";

  private final JdbcTemplate template;

  public AttributesStore(JdbcTemplate template) {
    this.template = template;
  }

  /** Clearances count if valid on {@code asOf}; a unit's sensitivity flags pass to its people. */
  public PersonAttributes load(LocalDate asOf) {
    PersonAttributes.Builder builder = PersonAttributes.builder();
    template.query(
        """
        SELECT p.id, p.kind, p.status, p.rank_code, p.grade, p.unit_code, p.flags, u.flags,
               p.clearances
        FROM person p LEFT JOIN unit u ON u.code = p.unit_code""",
        ps -> ps.setFetchSize(1000),
        rs -> {
          PersonKind kind = PersonKind.valueOf(rs.getString(2));
          String rankCode = rs.getString(4);
          String grade = rs.getString(5);
          String rank = kind.ranked() ? rankCode : grade;
          if (rank == null) {
            rank = kind.ranked() ? grade : rankCode;
          }
          Set<SensitivityFlag> flags = EnumSet.noneOf(SensitivityFlag.class);
          flags.addAll(Codes.split(rs.getString(7), SensitivityFlag.class));
          String unitFlags = rs.getString(8);
          if (unitFlags != null) {
            flags.addAll(Codes.split(unitFlags, SensitivityFlag.class));
          }
          Set<ClearanceLevel> valid = EnumSet.noneOf(ClearanceLevel.class);
          ClearanceLevel highest = null;
          String clearances = rs.getString(9);
          if (!NO_CLEARANCES.equals(clearances)) {
            for (Clearance clearance : PersonDetailsCodec.clearances(clearances)) {
              if (clearance.validOn(asOf)) {
                valid.add(clearance.level());
                if (highest == null || clearance.level().depth() > highest.depth()) {
                  highest = clearance.level();
                }
              }
            }
          }
          builder.add(
              rs.getInt(1),
              kind,
              EmploymentStatus.valueOf(rs.getString(3)),
              rank,
              rs.getString(6),
              highest,
              valid,
              flags);
        });
    return builder.build();
  }
}
