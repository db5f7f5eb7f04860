package uk.warden.watch.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import uk.warden.core.register.RegisterCodes;
import uk.warden.watch.Secret;
import uk.warden.watch.collect.Collector;
import uk.warden.watch.collect.files.FilesystemCollector;
import uk.warden.watch.collect.files.FilesystemSettings;
import uk.warden.watch.collect.files.ManifestDetail;
import uk.warden.watch.collect.jdbc.JdbcCollector;
import uk.warden.watch.collect.jdbc.JdbcSettings;
import uk.warden.watch.collect.jdbc.RowCount;
import uk.warden.watch.manifest.CaseRule;

/** Reads one entry of {@code systems}: its code, its collector's type and settings, its cases. */
final class SystemReader {

  static final List<String> TYPES = List.of("filesystem", "jdbc");
  private static final List<String> COMMON = List.of("code", "type", "cases");
  private static final List<String> FILESYSTEM = List.of("root", "manifest");
  private static final List<String> JDBC =
      List.of(
          "url",
          "user",
          "passwordEnv",
          "password",
          "counts",
          "bytes",
          "properties",
          "loginTimeout",
          "queryTimeout");
  private static final List<String> COUNT = List.of("table", "query", "perPart", "name");

  private SystemReader() {}

  static @Nullable WatchedSystem read(
      MappingNode entry, String path, ConfigProblems problems, Environment environment) {
    String type = Fields.peek(entry, "type");
    List<String> allowed =
        "filesystem".equals(type)
            ? join(COMMON, FILESYSTEM)
            : "jdbc".equals(type) ? join(COMMON, JDBC) : join(COMMON, join(FILESYSTEM, JDBC));
    Fields fields = new Fields(entry, path, problems, environment, allowed);
    int before = problems.count();
    String code = code(fields);
    String kind = fields.keyword("type", TYPES, null);
    CaseRule cases = cases(fields);
    // Settings are read even under a bad code, so every problem in the entry is found at once.
    String named = code == null ? "unnamed" : code;
    Collector collector = null;
    if ("filesystem".equals(kind)) {
      collector = filesystem(fields, named);
    } else if ("jdbc".equals(kind)) {
      collector = jdbc(fields, named);
    }
    if (problems.count() > before || collector == null || cases == null || code == null) {
      return null;
    }
    return new WatchedSystem(code, collector, cases);
  }

  private static @Nullable String code(Fields fields) {
    String code = fields.text("code", true);
    if (code == null) {
      return null;
    }
    try {
      RegisterCodes.requireValid(code, "system");
      return code;
    } catch (IllegalArgumentException e) {
      fields.problem("code", String.valueOf(e.getMessage()));
      return null;
    }
  }

  /** {@code cases: first-folder} (the default), or a pattern with one group. */
  private static @Nullable CaseRule cases(Fields fields) {
    if (fields.value("cases") == null) {
      return CaseRule.firstFolder();
    }
    String text = fields.text("cases", false);
    if (text == null) {
      return null;
    }
    if (text.equals("first-folder")) {
      return CaseRule.firstFolder();
    }
    try {
      return CaseRule.pattern(Pattern.compile(text));
    } catch (PatternSyntaxException e) {
      fields.problem("cases", "is not a valid pattern: " + e.getDescription());
    } catch (IllegalArgumentException e) {
      fields.problem("cases", String.valueOf(e.getMessage()));
    }
    return null;
  }

  private static @Nullable Collector filesystem(Fields fields, String code) {
    String root = fields.text("root", true);
    String detail = fields.keyword("manifest", List.of("none", "sizes", "sha256"), "none");
    Path folder = null;
    if (root != null) {
      try {
        folder = Path.of(root);
        if (!folder.isAbsolute()) {
          fields.problem("root", "must be an absolute path, such as /srv/evidence");
          folder = null;
        }
      } catch (InvalidPathException e) {
        fields.problem("root", "is not a valid path: " + e.getReason());
      }
    }
    if (folder == null || detail == null) {
      return null;
    }
    ManifestDetail manifest = ManifestDetail.valueOf(detail.toUpperCase(Locale.ROOT));
    Path settingsRoot = folder;
    return fields.build(
        () -> new FilesystemCollector(code, new FilesystemSettings(settingsRoot, manifest)));
  }

  private static @Nullable Collector jdbc(Fields fields, String code) {
    int before = fields.problems().count();
    fields.refuseSecret("password", "passwordEnv");
    String url = fields.text("url", true);
    if (url != null && !url.startsWith("jdbc:")) {
      fields.problem("url", "must be a JDBC URL, starting with jdbc:");
    } else if (url != null && JdbcSettings.carriesPassword(url)) {
      fields.problem(
          "url", "must not carry a password: name an environment variable in passwordEnv");
    }
    String user = fields.text("user", false);
    Secret password = fields.secret("passwordEnv");
    List<RowCount> counts = counts(fields);
    String bytes = fields.text("bytes", false);
    Map<String, String> properties = properties(fields);
    Duration login = fields.duration("loginTimeout", JdbcSettings.DEFAULT_LOGIN_TIMEOUT);
    Duration query = fields.duration("queryTimeout", JdbcSettings.DEFAULT_QUERY_TIMEOUT);
    if (fields.problems().count() > before
        || url == null
        || counts == null
        || properties == null
        || login == null
        || query == null) {
      return null;
    }
    return fields.build(
        () ->
            new JdbcCollector(
                code,
                new JdbcSettings(url, user, password, counts, bytes, properties, login, query)));
  }

  private static @Nullable List<RowCount> counts(Fields fields) {
    List<Node> items = fields.list("counts", true);
    if (items == null) {
      return null;
    }
    if (items.isEmpty()) {
      fields.problem("counts", "must name at least one table or query");
      return null;
    }
    List<RowCount> counts = new ArrayList<>();
    Map<String, Integer> parts = new LinkedHashMap<>();
    boolean bad = false;
    for (int i = 0; i < items.size(); i++) {
      String path = fields.pathOf("counts") + "[" + i + "]";
      RowCount count = count(items.get(i), path, fields);
      if (count == null) {
        bad = true;
        continue;
      }
      String part = count.part();
      if (part != null) {
        Integer first = parts.putIfAbsent(part, ConfigProblems.line(items.get(i)));
        if (first != null) {
          fields
              .problems()
              .add(
                  items.get(i),
                  path,
                  "counts the part '" + part + "' again (first on line " + first + ")");
          bad = true;
          continue;
        }
      }
      counts.add(count);
    }
    return bad ? null : counts;
  }

  /**
   * {@code - evidence_items}, {@code - table: t}, {@code - name: n, query: q}, {@code - perPart:
   * q}.
   */
  private static @Nullable RowCount count(Node item, String path, Fields parent) {
    ConfigProblems problems = parent.problems();
    if (item instanceof ScalarNode scalar && !item.getTag().equals(Tag.NULL)) {
      return table(
          scalar.getValue().strip(), scalar.getValue().strip(), item, path + ".table", problems);
    }
    if (!(item instanceof MappingNode mapping)) {
      problems.add(item, path, "must be a table name, or a mapping with table, query or perPart");
      return null;
    }
    Fields fields = new Fields(mapping, path, problems, parent.environment(), COUNT);
    int before = problems.count();
    String table = fields.text("table", false);
    String query = fields.text("query", false);
    String perPart = fields.text("perPart", false);
    String name = fields.text("name", false);
    long given = Stream.of(table, query, perPart).filter(Objects::nonNull).count();
    if (problems.count() > before) {
      return null;
    }
    if (given != 1) {
      fields.problem("must have exactly one of table, query and perPart");
      return null;
    }
    if (table != null) {
      return table(name == null ? table : name, table, mapping, fields.pathOf("table"), problems);
    }
    if (query != null) {
      if (name == null) {
        fields.problem("name", "is required with a query: it names the part the count is shown as");
        return null;
      }
      return fields.build(() -> new RowCount.Query(name, query));
    }
    if (name != null) {
      fields.problem("name", "is not used with perPart: the query's rows name their parts");
      return null;
    }
    return fields.build(() -> new RowCount.PerPart(perPart));
  }

  private static @Nullable RowCount table(
      String part, String table, Node at, String path, ConfigProblems problems) {
    if (!RowCount.TABLE_NAME.matcher(table).matches()) {
      problems.add(
          at,
          path,
          "a table is named by letters, digits and underscores, optionally as schema.table");
      return null;
    }
    return new RowCount.Table(part, table);
  }

  private static @Nullable Map<String, String> properties(Fields fields) {
    Node value = fields.value("properties");
    if (value == null) {
      return Map.of();
    }
    if (!(value instanceof MappingNode mapping)) {
      fields.problem("properties", "must be a mapping of driver properties");
      return null;
    }
    Map<String, String> properties = new LinkedHashMap<>();
    boolean bad = false;
    for (NodeTuple tuple : mapping.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode key)
          || !(tuple.getValueNode() instanceof ScalarNode property)) {
        fields.problem("properties", "each driver property is a name and a single value");
        bad = true;
        continue;
      }
      String name = key.getValue();
      if (name.equalsIgnoreCase("password") || name.equalsIgnoreCase("user")) {
        fields
            .problems()
            .add(
                key,
                fields.pathOf("properties") + "." + name,
                "credentials go in user and passwordEnv, never in driver properties");
        bad = true;
        continue;
      }
      properties.put(name, property.getValue());
    }
    return bad ? null : properties;
  }

  private static List<String> join(List<String> first, List<String> second) {
    return Stream.concat(first.stream(), second.stream()).toList();
  }
}
