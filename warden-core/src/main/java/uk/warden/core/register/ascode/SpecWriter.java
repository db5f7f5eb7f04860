package uk.warden.core.register.ascode;

import java.io.StringWriter;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;
import uk.warden.core.register.Agreement;
import uk.warden.core.register.Assurance;
import uk.warden.core.register.DataSystem;
import uk.warden.core.register.ExtractRules;
import uk.warden.core.register.Marking;
import uk.warden.core.register.Party;
import uk.warden.core.register.Population;
import uk.warden.core.register.Unit;

/**
 * Writes a register in the shape {@link SpecReader} reads: entities in the order given, sets
 * sorted, ISO dates, unset fields left out. Output is deterministic so exported files diff cleanly
 * in version control.
 */
final class SpecWriter {

  private static final int LINE_WIDTH = 120;

  private SpecWriter() {}

  static String write(RegisterSpec spec) {
    MappingNode root =
        NodeBuilder.block()
            .node("units", entries(spec.units(), SpecWriter::unit))
            .node("parties", entries(spec.parties(), SpecWriter::party))
            .node("systems", entries(spec.systems(), SpecWriter::system))
            .node("agreements", entries(spec.agreements(), SpecWriter::agreement))
            .build();
    StringWriter out = new StringWriter();
    new Yaml(options()).serialize(root, out);
    return out.toString();
  }

  private static DumperOptions options() {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setIndent(2);
    options.setIndicatorIndent(2);
    options.setIndentWithIndicator(true);
    // Long purposes stay on one line rather than being folded, which reads better in a diff.
    options.setSplitLines(false);
    options.setWidth(LINE_WIDTH);
    return options;
  }

  private static MappingNode unit(Unit unit) {
    NodeBuilder fields = NodeBuilder.block().text("code", unit.code()).text("name", unit.name());
    if (!unit.flags().isEmpty()) {
      fields.words("flags", sorted(unit.flags()));
    }
    return fields.build();
  }

  private static MappingNode party(Party party) {
    return NodeBuilder.block()
        .text("code", party.code())
        .text("name", party.name())
        .text("kind", party.kind().name())
        .text("parent", party.parentCode())
        .node("assurance", assurance(party.assurance()))
        .build();
  }

  private static @Nullable Node assurance(Assurance a) {
    if (a.equals(Assurance.NONE)) {
      return null;
    }
    return NodeBuilder.block()
        .text("cyberEssentials", a.cyberEssentials().name())
        .date("cyberEssentialsExpires", a.cyberEssentialsExpires())
        .date("iso27001Expires", a.iso27001Expires())
        .date("lastAudit", a.lastAudit())
        .text("lastAuditResult", a.lastAuditResult())
        .number("breachNotificationHours", a.breachNotificationHours())
        .bool("rightToAudit", a.rightToAudit())
        .bool("deleteOrReturnAtExit", a.deleteOrReturnAtExit())
        .bool("subProcessorsApproved", a.subProcessorsApproved())
        .text(
            "requiredStaffVetting",
            a.requiredStaffVetting() == null ? null : a.requiredStaffVetting().name())
        .text("dataLocation", a.dataLocation())
        .build();
  }

  private static @Nullable Node extracts(@Nullable ExtractRules rules) {
    if (rules == null) {
      return null;
    }
    NodeBuilder fields = NodeBuilder.block().text("people", rules.people().word());
    if (!rules.units().isEmpty()) {
      fields.words("units", sorted(rules.units()));
    }
    return fields
        .number("maxPeople", rules.maxPeople())
        .number("maxExtracts", rules.frequency() == null ? null : rules.frequency().extracts())
        .number("perDays", rules.frequency() == null ? null : rules.frequency().days())
        .words("formats", rules.formatWords())
        .build();
  }

  private static MappingNode system(DataSystem system) {
    return NodeBuilder.block()
        .text("code", system.code())
        .text("name", system.name())
        .text("host", system.hostCode())
        .text("marking", marking(system.marking()))
        .words("categories", sorted(system.categories()))
        .number("records", system.recordCount())
        .node("population", population(system.population()))
        .text("owner", system.owner())
        .build();
  }

  private static MappingNode agreement(Agreement agreement) {
    return NodeBuilder.block()
        .text("code", agreement.code())
        .text("party", agreement.partyCode())
        .text("title", agreement.title())
        .text("purpose", emptyToNull(agreement.purpose()))
        .text("lawfulBasis", emptyToNull(agreement.lawfulBasis()))
        .text("regime", agreement.regime().name())
        .words("categories", sorted(agreement.permittedCategories()))
        .date("start", agreement.start())
        .date("end", agreement.end())
        .number("retentionMonths", agreement.retentionMonths())
        .text("exitTerms", agreement.exitTerms())
        .node("extracts", extracts(agreement.extracts()))
        .build();
  }

  /** The legacy marking is the original evidence, so it is written when it reads back the same. */
  private static String marking(Marking marking) {
    String legacy = marking.legacy();
    return legacy != null && Marking.parse(legacy).equals(Optional.of(marking))
        ? legacy
        : marking.label();
  }

  private static @Nullable Node population(Population population) {
    if (population.equals(Population.NOBODY)) {
      return null;
    }
    if (population.equals(Population.WHOLE_WORKFORCE)) {
      return NodeBuilder.scalar(Tag.STR, SystemReader.WORKFORCE);
    }
    return NodeBuilder.flow()
        .words("kinds", sorted(population.kinds()))
        .bool("leavers", population.includesLeavers())
        .build();
  }

  private static <T> Node entries(List<T> entities, Function<T, MappingNode> writer) {
    return NodeBuilder.entries(entities.stream().map(writer).toList());
  }

  /** Enum constants in declaration order, strings alphabetically. */
  private static List<String> sorted(Collection<?> values) {
    return values.stream()
        .sorted()
        .map(v -> v instanceof Enum<?> e ? e.name() : v.toString())
        .toList();
  }

  private static @Nullable String emptyToNull(String text) {
    return text.isEmpty() ? null : text;
  }
}
