package uk.warden.core.register.ascode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import uk.warden.core.register.Agreement;
import uk.warden.core.register.DataSystem;
import uk.warden.core.register.Party;
import uk.warden.core.register.Unit;

/**
 * Compares the register in the store with the one a file describes. Entities are matched by code;
 * the file is the whole register of its four entity kinds, so anything only in the store is
 * removed.
 */
public final class RegisterPlanner {

  private RegisterPlanner() {}

  public static RegisterPlan plan(RegisterSpec current, RegisterSpec desired) {
    List<ApplyOrder.Step> steps = new ArrayList<>();
    diff(EntityType.UNIT, current.units(), desired.units(), Unit::code, steps);
    diff(EntityType.PARTY, current.parties(), desired.parties(), Party::code, steps);
    diff(EntityType.SYSTEM, current.systems(), desired.systems(), DataSystem::code, steps);
    diff(EntityType.AGREEMENT, current.agreements(), desired.agreements(), Agreement::code, steps);
    steps.sort(ApplyOrder.STEPS);
    return new RegisterPlan(steps.stream().map(ApplyOrder.Step::change).toList());
  }

  private static <T extends Record> void diff(
      EntityType type,
      List<T> current,
      List<T> desired,
      Function<T, String> code,
      List<ApplyOrder.Step> steps) {
    Map<String, T> before = byCode(current, code);
    Map<String, T> after = byCode(desired, code);
    for (T wanted : desired) {
      T had = before.get(code.apply(wanted));
      List<FieldChange> fields = fieldChanges(had, wanted);
      if (had == null) {
        steps.add(step(type, code.apply(wanted), Action.ADD, fields, wanted, wanted));
      } else if (!fields.isEmpty()) {
        steps.add(step(type, code.apply(wanted), Action.CHANGE, fields, wanted, wanted));
      }
    }
    for (T had : current) {
      if (!after.containsKey(code.apply(had))) {
        steps.add(step(type, code.apply(had), Action.REMOVE, fieldChanges(had, null), null, had));
      }
    }
  }

  private static ApplyOrder.Step step(
      EntityType type,
      String code,
      Action action,
      List<FieldChange> fields,
      @Nullable Record desired,
      Record decidesOrder) {
    return new ApplyOrder.Step(
        new RegisterChange(type, code, action, fields, desired), decidesOrder);
  }

  private static List<FieldChange> fieldChanges(@Nullable Record before, @Nullable Record after) {
    Map<String, @Nullable String> old = before == null ? Map.of() : EntityFields.of(before);
    Map<String, @Nullable String> now = after == null ? Map.of() : EntityFields.of(after);
    Set<String> names = new LinkedHashSet<>(old.keySet());
    names.addAll(now.keySet());
    List<FieldChange> changes = new ArrayList<>();
    for (String name : names) {
      String was = old.get(name);
      String is = now.get(name);
      if (!Objects.equals(was, is)) {
        changes.add(new FieldChange(name, was, is));
      }
    }
    return changes;
  }

  private static <T> Map<String, T> byCode(List<T> entities, Function<T, String> code) {
    Map<String, T> map = new LinkedHashMap<>();
    entities.forEach(e -> map.put(code.apply(e), e));
    return map;
  }
}
