package uk.warden.watch.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;
import uk.warden.watch.alert.AlertChannel;
import uk.warden.watch.alert.RetryPolicy;
import uk.warden.watch.collect.CollectionRun;

/**
 * Reads a watch configuration file whole: every problem in it is collected, each named by file,
 * line and field, and the file is refused with all of them ({@link BadInputException}); nothing
 * half-read is ever returned. Secrets are taken from the environment variables the file names, so a
 * variable that is not set is a problem here too.
 */
public final class WatchConfigReader {

  static final String EXPECTED_TOP =
      "expected the sections systems, and optionally collection and alerts";

  private static final List<String> TOP = List.of("systems", "collection", "alerts");
  private static final List<String> COLLECTION = List.of("parallelism", "timeout");
  private static final List<String> ALERTS = List.of("retry", "channels");
  private static final List<String> RETRY = List.of("attempts", "firstDelay", "maxDelay");

  private WatchConfigReader() {}

  /** Reads the file, with secrets from the process environment. */
  public static WatchConfig read(Path file) {
    return read(file, Environment.system());
  }

  public static WatchConfig read(Path file, Environment environment) {
    String source = String.valueOf(file.getFileName());
    try (InputStream in = Files.newInputStream(file)) {
      return read(source, in, environment);
    } catch (NoSuchFileException e) {
      throw new BadInputException(InputProblem.file(source, "no such file"));
    } catch (IOException e) {
      throw new BadInputException(InputProblem.file(source, "could not be read: " + e));
    }
  }

  /** Reads a configuration from a stream; {@code source} (a file name) names it in problems. */
  public static WatchConfig read(String source, InputStream in, Environment environment) {
    ConfigProblems problems = new ConfigProblems(source);
    MappingNode root = YamlTree.compose(in, problems);
    if (root == null) {
      throw problems.exception();
    }
    Fields top = new Fields(root, "", problems, environment, TOP);
    List<WatchedSystem> systems = systems(top);
    CollectionRun collection = collection(top);
    AlertSettings alerts = alerts(top);
    problems.throwIfAny();
    if (systems == null || collection == null || alerts == null) {
      // Every path to null reports a problem first; this guards against one that forgets.
      throw new BadInputException(InputProblem.file(source, "could not be read"));
    }
    return new WatchConfig(systems, collection, alerts);
  }

  private static @Nullable List<WatchedSystem> systems(Fields top) {
    List<Node> entries = top.list("systems", true);
    if (entries == null) {
      return null;
    }
    ConfigProblems problems = top.problems();
    List<WatchedSystem> systems = new ArrayList<>();
    Map<String, Integer> firstLines = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      Node entry = entries.get(i);
      String path = "systems[" + i + "]";
      if (!(entry instanceof MappingNode mapping)) {
        problems.add(entry, path, "must be a mapping with code, type and the collector's settings");
        continue;
      }
      String code = Fields.peek(mapping, "code");
      if (code != null) {
        path += " (" + code + ")";
        Integer first = firstLines.putIfAbsent(code, ConfigProblems.line(entry));
        if (first != null) {
          problems.add(
              entry, path + ".code", "the system is listed twice (first on line " + first + ")");
          continue;
        }
      }
      WatchedSystem system = SystemReader.read(mapping, path, problems, top.environment());
      if (system != null) {
        systems.add(system);
      }
    }
    return systems;
  }

  private static @Nullable CollectionRun collection(Fields top) {
    Fields fields = top.mapping("collection", COLLECTION);
    if (fields == null) {
      return top.value("collection") == null ? CollectionRun.standard() : null;
    }
    Integer parallelism = fields.integer("parallelism", 1, 256, CollectionRun.DEFAULT_PARALLELISM);
    Duration timeout = fields.duration("timeout", CollectionRun.DEFAULT_TIMEOUT);
    if (parallelism == null || timeout == null) {
      return null;
    }
    return fields.build(() -> new CollectionRun(parallelism, timeout));
  }

  private static @Nullable AlertSettings alerts(Fields top) {
    Fields fields = top.mapping("alerts", ALERTS);
    if (fields == null) {
      return top.value("alerts") == null ? AlertSettings.NONE : null;
    }
    RetryPolicy retry = retry(fields);
    List<Node> entries = fields.list("channels", false);
    List<AlertChannel> channels = new ArrayList<>();
    boolean bad = fields.value("channels") != null && entries == null;
    for (int i = 0; entries != null && i < entries.size(); i++) {
      Node entry = entries.get(i);
      String path = fields.pathOf("channels") + "[" + i + "]";
      if (!(entry instanceof MappingNode mapping)) {
        fields
            .problems()
            .add(entry, path, "must be a mapping with type and the channel's settings");
        bad = true;
        continue;
      }
      AlertChannel channel =
          ChannelReader.read(mapping, path, fields.problems(), top.environment());
      if (channel == null) {
        bad = true;
      } else {
        channels.add(channel);
      }
    }
    if (retry == null || bad) {
      return null;
    }
    return new AlertSettings(channels, retry);
  }

  private static @Nullable RetryPolicy retry(Fields alerts) {
    Fields fields = alerts.mapping("retry", RETRY);
    if (fields == null) {
      return alerts.value("retry") == null ? RetryPolicy.DEFAULT : null;
    }
    RetryPolicy standard = RetryPolicy.DEFAULT;
    Integer attempts = fields.integer("attempts", 1, 20, standard.attempts());
    Duration first = fields.duration("firstDelay", standard.firstDelay());
    Duration max = fields.duration("maxDelay", standard.maxDelay());
    if (attempts == null || first == null || max == null) {
      return null;
    }
    if (max.compareTo(first) < 0) {
      fields.problem("maxDelay", "must not be shorter than firstDelay");
      return null;
    }
    return new RetryPolicy(attempts, first, max);
  }
}
