package uk.warden.core.register.ascode;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import uk.warden.core.register.Agreement;
import uk.warden.core.register.DataSystem;
import uk.warden.core.register.Party;
import uk.warden.core.register.Unit;

/**
 * Reads a whole register file: the four sections, each a list of entries with unique codes. Every
 * problem in the file is collected before refusing it, and nothing partial is ever returned.
 */
final class SpecReader {

  static final String EXPECTED_TOP = "expected the sections units, parties, systems and agreements";
  private static final List<String> SECTIONS = List.of("units", "parties", "systems", "agreements");

  private SpecReader() {}

  static RegisterSpec read(String source, InputStream in) {
    Problems problems = new Problems(source);
    MappingNode root = YamlSource.compose(in, problems);
    if (root == null) {
      throw problems.exception();
    }
    Fields top = new Fields(root, "", problems, SECTIONS);
    PartyIndex parties = PartyIndex.scan(top.value("parties"));
    List<Unit> units = section(top, "units", new UnitReader());
    List<Party> partyList = section(top, "parties", new PartyReader(parties));
    List<DataSystem> systems = section(top, "systems", new SystemReader(parties));
    List<Agreement> agreements =
        section(top, "agreements", new AgreementReader(parties, unitCodes(units)));
    problems.throwIfAny();
    return new RegisterSpec(units, partyList, systems, agreements);
  }

  private static java.util.Set<String> unitCodes(List<Unit> units) {
    java.util.Set<String> codes = new java.util.HashSet<>();
    units.forEach(u -> codes.add(u.code()));
    return codes;
  }

  private static <T> List<T> section(Fields top, String name, EntityReader<T> reader) {
    Problems problems = top.problems();
    // A missing section would remove every entity of its kind on apply, so it must be explicit.
    if (!top.present(name)) {
      top.missing(name, "; write '" + name + ": []' if there are none");
      return List.of();
    }
    Node value = top.value(name);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof SequenceNode entries)) {
      problems.add(value, name, "must be a list of entries, each starting with '- code: ...'");
      return List.of();
    }
    List<T> read = new ArrayList<>();
    Map<String, Integer> firstLines = new HashMap<>();
    for (int i = 0; i < entries.getValue().size(); i++) {
      Node entry = entries.getValue().get(i);
      if (!(entry instanceof MappingNode mapping)) {
        problems.add(entry, name + "[" + i + "]", "must be a mapping of fields");
        continue;
      }
      ScalarNode code = validCode(mapping);
      String path = name + "[" + i + "]" + (code == null ? "" : " (" + code.getValue() + ")");
      if (code != null) {
        Integer first = firstLines.putIfAbsent(code.getValue(), Problems.line(code));
        if (first != null) {
          problems.add(
              code,
              path + ".code",
              "duplicate code '" + code.getValue() + "' (first used on line " + first + ")");
        }
      }
      T entity = reader.read(new Fields(mapping, path, problems, reader.fields()));
      if (entity != null) {
        read.add(entity);
      }
    }
    return read;
  }

  /** The entry's code when it is valid, so paths can name it; invalid codes are reported later. */
  private static @Nullable ScalarNode validCode(MappingNode entry) {
    ScalarNode code = Fields.peek(entry, "code");
    return code != null && ScalarReader.isValidCode(code.getValue()) ? code : null;
  }
}
