package uk.warden.core.register.ascode;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.warden.core.register.Agreement;
import uk.warden.core.register.Assurance;
import uk.warden.core.register.DataSystem;
import uk.warden.core.register.Marking;
import uk.warden.core.register.Party;
import uk.warden.core.register.PartyKind;
import uk.warden.core.register.Population;
import uk.warden.core.register.Regime;
import uk.warden.core.register.SensitivityFlag;
import uk.warden.core.register.Unit;

/** Small register entities for planner tests, each overridable in the field under test. */
final class Samples {

  private Samples() {}

  static Unit unit(String code) {
    return new Unit(code, "Unit " + code, Set.of());
  }

  static Unit unit(String code, SensitivityFlag... flags) {
    return new Unit(code, "Unit " + code, Set.of(flags));
  }

  static Party supplier(String code) {
    return new Party(code, "Supplier " + code, PartyKind.SUPPLIER, null, Assurance.NONE);
  }

  static Party supplier(String code, Assurance assurance) {
    return new Party(code, "Supplier " + code, PartyKind.SUPPLIER, null, assurance);
  }

  static Party subProcessor(String code, String parent) {
    return new Party(code, "Sub " + code, PartyKind.SUB_PROCESSOR, parent, Assurance.NONE);
  }

  static DataSystem system(String code, @Nullable String host, long records, String... categories) {
    return new DataSystem(
        code,
        "System " + code,
        host,
        Set.of(categories),
        Marking.OFFICIAL,
        records,
        Population.WHOLE_WORKFORCE,
        null);
  }

  static Agreement agreement(String code, String party, String... categories) {
    return new Agreement(
        code,
        party,
        "Agreement " + code,
        "",
        "",
        Regime.UK_GDPR,
        Set.of(categories),
        LocalDate.of(2024, 1, 1),
        null,
        null,
        null);
  }
}
