package uk.warden.core.register.ascode;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.warden.core.register.SensitivityFlag;
import uk.warden.core.register.Unit;

/** Reads {@code units[i]}: {@code code}, {@code name}, optional {@code flags}. */
final class UnitReader implements EntityReader<Unit> {

  @Override
  public List<String> fields() {
    return List.of("code", "name", "flags");
  }

  @Override
  public @Nullable Unit read(Fields entry) {
    ScalarReader scalars = entry.scalars();
    int before = entry.problems().count();
    String code = entry.get("code", true, (node, path) -> scalars.code(node, path, "unit"));
    String name = entry.text("name", true);
    List<SensitivityFlag> flags =
        entry.list(
            "flags", false, (node, path) -> scalars.choice(node, path, SensitivityFlag.class));
    if (entry.problems().count() > before || code == null || flags == null) {
      return null;
    }
    return entry.build(() -> new Unit(code, name, Set.copyOf(flags)));
  }
}
