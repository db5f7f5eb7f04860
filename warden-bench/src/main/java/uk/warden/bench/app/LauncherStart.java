package uk.warden.bench.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.warden.bench.Figures;

/**
 * {@code impact} started as the {@code ./warden} launcher starts it: from the unpacked jar with its
 * class data sharing archive, on the serial collector and the C1 compiler alone. The archive is
 * made as the launcher makes it, the jar unpacked with Spring Boot's {@code tools} jar mode and one
 * training start ({@code -Dwarden.cds.training=DIR}: a small store generated with every bean
 * created, then {@code impact} run twice as one-shot commands run it); the figure includes neither,
 * since the launcher does both once per build. Keep the options here in step with the launcher's.
 */
final class LauncherStart {

  static final String LABEL =
      "as ./warden starts it (class data sharing, -XX:+UseSerialGC -XX:TieredStopAtLevel=1)";

  /** The launcher's options for {@code impact}, besides the archive. */
  static final List<String> ONE_SHOT_OPTIONS =
      List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

  private static final Duration TIMEOUT = Duration.ofMinutes(5);

  private final @Nullable AppProcess process;
  private final String description;

  private LauncherStart(@Nullable AppProcess process, String description) {
    this.process = process;
    this.description = description;
  }

  /** Unpacks the jar and makes the archive in {@code work}; never fails, only says so. */
  static LauncherStart prepare(Path jar, Path work) throws Exception {
    Path cds = work.resolve("cds");
    Path unpacked = cds.resolve("app");
    Path archive = cds.resolve("warden.jsa");
    Files.createDirectories(cds);
    long start = System.nanoTime();
    AppProcess tools = new AppProcess(jar, List.of("-Djarmode=tools"), cds);
    AppProcess.Finished extracted =
        tools.run(List.of("extract", "--destination", unpacked.toString()), TIMEOUT);
    Path app = unpacked.resolve(jar.getFileName());
    if (extracted.status() != 0 || !Files.isRegularFile(app)) {
      return failed("the jar could not be unpacked: " + extracted.tail());
    }
    AppProcess training =
        new AppProcess(
            app,
            List.of(
                "-XX:ArchiveClassesAtExit=" + archive,
                "-Dwarden.cds.training=" + cds.resolve("training")),
            cds);
    AppProcess.Finished trained = training.run(List.of(), TIMEOUT);
    if (trained.status() != 0 || !Files.isRegularFile(archive)) {
      return failed("the training start failed: " + trained.tail());
    }
    List<String> options =
        new ArrayList<>(
            List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
    options.addAll(ONE_SHOT_OPTIONS);
    return new LauncherStart(
        new AppProcess(app, options, work),
        "launcher start prepared as ./warden prepares it (jar unpacked, class data sharing archive"
            + " of "
            + Figures.mb(Files.size(archive))
            + " MB from one training start) in "
            + Figures.seconds(System.nanoTime() - start)
            + ", once per build");
  }

  private static LauncherStart failed(String why) {
    return new LauncherStart(null, "launcher start not measured: " + why);
  }

  boolean ready() {
    return process != null;
  }

  AppProcess process() {
    if (process == null) {
      throw new IllegalStateException(description);
    }
    return process;
  }

  String describe() {
    return description;
  }
}
