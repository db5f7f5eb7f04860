package uk.warden.core.register.ascode;

import java.util.List;

/**
 * What applying a register file would do, in the order the app must apply it: adds and changes from
 * units through parties (suppliers before their sub-processors) and systems to agreements, then
 * removals in the reverse order, so no step leaves a reference dangling.
 */
public record RegisterPlan(List<RegisterChange> changes) {

  public RegisterPlan {
    changes = List.copyOf(changes);
  }

  public boolean isEmpty() {
    return changes.isEmpty();
  }

  public int toAdd() {
    return count(Action.ADD);
  }

  public int toChange() {
    return count(Action.CHANGE);
  }

  public int toRemove() {
    return count(Action.REMOVE);
  }

  /**
   * A terraform-like text, one line per step, for a person to review before applying:
   *
   * <pre>
   * + party cardco (CardCo Identity Ltd)
   * ~ system hr-core: records 44000 -> 45000
   * - agreement old-2019
   *
   * Plan: 1 to add, 1 to change, 1 to remove.
   * </pre>
   *
   * @param sourceName the register file's name, quoted when there is nothing to do
   */
  public String describe(String sourceName) {
    if (isEmpty()) {
      return "No changes. The register matches " + sourceName + ".";
    }
    StringBuilder text = new StringBuilder();
    for (RegisterChange change : changes) {
      PlanText.appendLines(change, text);
    }
    return text.append('\n')
        .append("Plan: ")
        .append(toAdd())
        .append(" to add, ")
        .append(toChange())
        .append(" to change, ")
        .append(toRemove())
        .append(" to remove.")
        .toString();
  }

  private int count(Action action) {
    return (int) changes.stream().filter(c -> c.action() == action).count();
  }
}
