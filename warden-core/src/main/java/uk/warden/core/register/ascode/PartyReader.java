package uk.warden.core.register.ascode;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.ScalarNode;
import uk.warden.core.register.Assurance;
import uk.warden.core.register.Party;
import uk.warden.core.register.PartyKind;

/**
 * Reads {@code parties[i]}. Only a sub-processor names a parent, and the parent must be a supplier
 * declared in the same file: the chain of custody stops at one level, as the model expects.
 */
final class PartyReader implements EntityReader<Party> {

  private final PartyIndex parties;

  PartyReader(PartyIndex parties) {
    this.parties = parties;
  }

  @Override
  public List<String> fields() {
    return List.of("code", "name", "kind", "parent", "assurance");
  }

  @Override
  public @Nullable Party read(Fields entry) {
    ScalarReader scalars = entry.scalars();
    int before = entry.problems().count();
    String code = entry.get("code", true, (node, path) -> scalars.code(node, path, "party"));
    String name = entry.text("name", true);
    PartyKind kind =
        entry.get("kind", true, (node, path) -> scalars.choice(node, path, PartyKind.class));
    ScalarNode parent = entry.scalar("parent", false);
    checkParent(entry, code, kind, parent);
    Assurance assurance = AssuranceReader.read(entry);
    if (entry.problems().count() > before || code == null || kind == null) {
      return null;
    }
    String parentCode = parent == null ? null : parent.getValue();
    return entry.build(() -> new Party(code, name, kind, parentCode, assurance));
  }

  private void checkParent(
      Fields entry, @Nullable String code, @Nullable PartyKind kind, @Nullable ScalarNode parent) {
    if (parent == null) {
      if (kind == PartyKind.SUB_PROCESSOR) {
        entry.missing("parent", " for a SUB_PROCESSOR: the code of the supplier it works for");
      }
      return;
    }
    String path = entry.pathOf("parent");
    String parentCode = parent.getValue();
    PartyKind parentKind = parties.kindOf(parentCode);
    if (kind != null && kind != PartyKind.SUB_PROCESSOR) {
      entry.problems().add(parent, path, "only a SUB_PROCESSOR names a parent; this is a " + kind);
    } else if (parentCode.equals(code)) {
      entry.problems().add(parent, path, "a party cannot be its own parent");
    } else if (!parties.knows(parentCode)) {
      entry.problems().add(parent, path, PartyIndex.unknown(parentCode));
    } else if (parentKind != null && parentKind != PartyKind.SUPPLIER) {
      entry
          .problems()
          .add(
              parent,
              path,
              "party '" + parentCode + "' is a " + parentKind + "; a parent must be a SUPPLIER");
    }
  }
}
