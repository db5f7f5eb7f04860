package uk.warden.core.register.ascode;

import org.jspecify.annotations.Nullable;
import uk.warden.core.register.Agreement;
import uk.warden.core.register.DataSystem;
import uk.warden.core.register.Party;
import uk.warden.core.register.Unit;

/** The lines {@link RegisterPlan#describe} shows for one change. */
final class PlanText {

  private PlanText() {}

  static void appendLines(RegisterChange change, StringBuilder text) {
    String head = change.action().symbol() + " " + change.type().label() + " " + change.code();
    if (change.action() != Action.CHANGE) {
      String name = change.desired() == null ? null : nameOf(change.desired());
      text.append(head).append(name == null ? "" : " (" + oneLine(name) + ")").append('\n');
      return;
    }
    // One line per field keeps each difference greppable and easy to read in a review.
    for (FieldChange field : change.fields()) {
      text.append(head)
          .append(": ")
          .append(field.field())
          .append(' ')
          .append(shown(field.before()))
          .append(" -> ")
          .append(shown(field.after()))
          .append('\n');
    }
  }

  private static @Nullable String nameOf(Record entity) {
    if (entity instanceof Unit unit) {
      return unit.name();
    }
    if (entity instanceof Party party) {
      return party.name();
    }
    if (entity instanceof DataSystem system) {
      return system.name();
    }
    if (entity instanceof Agreement agreement) {
      return agreement.title();
    }
    return null;
  }

  private static String shown(@Nullable String value) {
    return value == null ? "(none)" : oneLine(value);
  }

  private static String oneLine(String value) {
    return value.replace("\r", "").replace("\n", "\\n");
  }
}
