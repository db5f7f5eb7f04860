package uk.warden.core.register.ascode;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import uk.warden.core.register.DataSystem;
import uk.warden.core.register.Marking;
import uk.warden.core.register.PersonKind;
import uk.warden.core.register.Population;

/**
 * Reads {@code systems[i]}. A system without {@code host} is in-house; {@code population} is either
 * the word {@code workforce} (everyone, leavers included) or {@code {kinds: [...], leavers:
 * true|false}}, and nobody when left out.
 */
final class SystemReader implements EntityReader<DataSystem> {

  static final String WORKFORCE = "workforce";
  private static final String POPULATION_SHAPE =
      "must be 'workforce' or a mapping such as {kinds: [OFFICER, STAFF], leavers: false}";

  private final PartyIndex parties;

  SystemReader(PartyIndex parties) {
    this.parties = parties;
  }

  @Override
  public List<String> fields() {
    return List.of(
        "code", "name", "host", "marking", "categories", "records", "population", "owner");
  }

  @Override
  public @Nullable DataSystem read(Fields entry) {
    ScalarReader scalars = entry.scalars();
    int before = entry.problems().count();
    String code = entry.get("code", true, (node, path) -> scalars.code(node, path, "system"));
    String name = entry.text("name", true);
    String host =
        entry.get("host", false, (node, path) -> parties.reference(node, path, entry.problems()));
    Marking marking = entry.get("marking", true, scalars::marking);
    List<String> categories = entry.list("categories", true, scalars::category);
    Long records =
        entry.get("records", true, (node, path) -> scalars.whole(node, path, Long.MAX_VALUE));
    Population population = population(entry);
    String owner = entry.text("owner", false);
    if (entry.problems().count() > before
        || code == null
        || marking == null
        || categories == null
        || records == null) {
      return null;
    }
    return entry.build(
        () ->
            new DataSystem(
                code, name, host, Set.copyOf(categories), marking, records, population, owner));
  }

  private static @Nullable Population population(Fields entry) {
    Node value = entry.value("population");
    if (value == null) {
      return Population.NOBODY;
    }
    if (value instanceof ScalarNode word && word.getValue().trim().equalsIgnoreCase(WORKFORCE)) {
      return Population.WHOLE_WORKFORCE;
    }
    if (!(value instanceof MappingNode)) {
      entry.problems().add(value, entry.pathOf("population"), POPULATION_SHAPE);
      return null;
    }
    Fields rule = entry.nested("population", List.of("kinds", "leavers"));
    if (rule == null) {
      return null;
    }
    ScalarReader scalars = rule.scalars();
    List<PersonKind> kinds =
        rule.list("kinds", true, (node, path) -> scalars.choice(node, path, PersonKind.class));
    Boolean leavers = rule.get("leavers", false, scalars::bool);
    return kinds == null ? null : new Population(Set.copyOf(kinds), Boolean.TRUE.equals(leavers));
  }
}
