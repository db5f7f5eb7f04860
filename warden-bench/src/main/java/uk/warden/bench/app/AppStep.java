package uk.warden.bench.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.warden.bench.BenchRun;
import uk.warden.bench.BenchScale;
import uk.warden.bench.BenchSettings;
import uk.warden.bench.BenchStep;
import uk.warden.bench.Figures;
import uk.warden.core.breach.ExposureWindow;
import uk.warden.core.breach.Impact;
import uk.warden.core.breach.ImpactEngine;
import uk.warden.core.breach.Incident;
import uk.warden.core.breach.RiskMatrix;
import uk.warden.synth.SyntheticLedger;

/**
 * The two figures for the application itself, on the same ledger as the engine: a running
 * server answers {@code GET /api/v1/impact?party=} in under 200 ms, and a cold CLI run, which
 * starts the application and loads the custody index from the embedded store, answers in under 5 s.
 *
 * <p>The app jar ({@code warden-app/target/warden.jar} from the working folder, or {@code
 * -Dwarden.bench.app.jar} / {@code WARDEN_BENCH_APP_JAR}) loads the ledger into a new embedded
 * store in a temporary folder with {@code warden generate --national} (timed: the load is a figure
 * too). Then {@code java -jar warden.jar impact --party national-0 --json} runs as separate
 * processes: a first run, timed apart (it reads every person from the store and saves the people's
 * index file, as the first command after a change of people does; it also brings the store's file
 * into the OS page cache, as on a machine in use), then five timed runs, wall time from process
 * start to exit, and the median reported with every run. Then {@code warden serve} starts, an API
 * token is made for its admin, and the API is called: the first call (which builds the server's
 * indexes) on its own, then the median and 95th percentile of 20 more. Both answers must match the
 * engine's in every count, or the step fails.
 *
 * <p>The cold CLI is timed twice: as {@code java -jar warden.jar}, and as the {@code ./warden}
 * launcher starts one-shot commands (see {@link LauncherStart}), after preparing its class data
 * sharing archive the same way (timed too: it is paid once per build).
 */
public final class AppStep implements BenchStep {

  static final long CLI_TARGET_MILLIS = 5_000;
  static final long API_TARGET_MILLIS = 200;
  static final int TIMED_CLI_RUNS = 5;
  static final String JAR_PROPERTY = "warden.bench.app.jar";
  static final String JAR_ENV = "WARDEN_BENCH_APP_JAR";
  static final String DEFAULT_JAR = "warden-app/target/warden.jar";

  /** The account {@code warden serve} creates on a new store. */
  private static final String ADMIN = "admin";

  private static final Duration LOAD_TIMEOUT = Duration.ofMinutes(30);
  private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(5);
  private static final Duration SERVER_START_TIMEOUT = Duration.ofMinutes(5);
  private static final Duration CALL_TIMEOUT = Duration.ofMinutes(2);

  @Override
  public String name() {
    return "app";
  }

  /** Where the jar is: the property, the environment, or the default under the working folder. */
  public static Path jar() {
    String named = System.getProperty(JAR_PROPERTY);
    if (named == null || named.isBlank()) {
      named = System.getenv(JAR_ENV);
    }
    return Path.of(named == null || named.isBlank() ? DEFAULT_JAR : named).toAbsolutePath();
  }

  @Override
  public void run(BenchRun run) throws Exception {
    Path jar = jar();
    if (!Files.isRegularFile(jar)) {
      run.report(
          "app (server and cold CLI): not run; no app jar at "
              + jar
              + " (build it with mvn -pl warden-app -am -DskipTests package, or name it with -D"
              + JAR_PROPERTY
              + " or "
              + JAR_ENV
              + ")");
      return;
    }
    Path work = Files.createTempDirectory("warden-bench-app-");
    Thread deleteAtExit = new Thread(() -> delete(work));
    Runtime.getRuntime().addShutdownHook(deleteAtExit);
    try {
      Path data = work.resolve("store");
      AppProcess app = new AppProcess(jar, List.of(), work);
      load(run, app, data);
      coldCli(run, app, data, "java -jar warden.jar", true);
      if (!run.settings().smoke()) {
        // The smoke run stays short: the plain start proves the step works.
        LauncherStart launcher = LauncherStart.prepare(jar, work);
        run.report(launcher.describe());
        if (launcher.ready()) {
          coldCli(run, launcher.process(), data, LauncherStart.LABEL, false);
        }
      }
      api(run, app, data);
    } finally {
      Runtime.getRuntime().removeShutdownHook(deleteAtExit);
      delete(work);
    }
  }

  /** {@code generate --national} at the run's scale into a new store, timed as a whole. */
  private static void load(BenchRun run, AppProcess app, Path data) throws Exception {
    BenchScale scale = run.settings().scale();
    List<String> args =
        List.of(
            "generate",
            "--national",
            "--data",
            data.toString(),
            "--seed",
            Long.toString(BenchScale.SEED),
            "--people",
            Integer.toString(scale.people()),
            "--transfers",
            Integer.toString(scale.transfers()),
            "--memberships",
            Long.toString(scale.memberships()));
    run.progress("loading the ledger into an app store: " + String.join(" ", args));
    AppProcess.Finished loaded = app.run(args, LOAD_TIMEOUT);
    requireSuccess("generate --national", loaded);
    String phases =
        loaded
            .out()
            .lines()
            .filter(line -> line.startsWith("  "))
            .map(String::strip)
            .collect(Collectors.joining("; "));
    run.report(
        "app store ("
            + scale.describe()
            + ", embedded H2): loaded by warden generate --national in "
            + Figures.seconds(loaded.nanos())
            + " (one process, JVM start included; "
            + phases
            + "); "
            + Figures.mb(size(data))
            + " MB on disk");
  }

  /**
   * {@code impact --party P --json} as separate processes: the first run (on a store just loaded,
   * it reads every person from the store and saves the people's index file beside it), then timed
   * runs, the median and range, and the last answer checked against the engine's. The first run is
   * reported apart: it is paid once after people or the register change, not by every command. Only
   * the launcher's start is held to the 5 s target, which is for {@code ./warden impact}; the plain
   * {@code java -jar} start (no class data sharing, the default collector and compilers) is shown
   * for comparison.
   */
  private static void coldCli(
      BenchRun run, AppProcess app, Path data, String how, boolean firstOnStore) throws Exception {
    BenchSettings settings = run.settings();
    SyntheticLedger ledger = run.ledger();
    String party = ledger.fullLoadParty();
    List<String> args = List.of("impact", "--data", data.toString(), "--party", party, "--json");
    int timed = settings.smoke() ? 1 : TIMED_CLI_RUNS;
    run.progress("cold CLI: " + String.join(" ", app.command(args)));
    AppProcess.Finished first = app.run(args, COMMAND_TIMEOUT);
    requireSuccess("impact", first);
    run.progress("  first run " + Figures.ms(first.millis()) + " ms");
    List<AppProcess.Finished> runs = new ArrayList<>();
    for (int i = 0; i < timed; i++) {
      AppProcess.Finished finished = app.run(args, COMMAND_TIMEOUT);
      requireSuccess("impact", finished);
      run.progress("  run " + Figures.ms(finished.millis()) + " ms");
      runs.add(finished);
    }
    double[] millis = runs.stream().mapToDouble(AppProcess.Finished::millis).toArray();
    double median = median(millis);
    long rss = runs.stream().mapToLong(AppProcess.Finished::peakRssBytes).max().orElse(0);
    String answer = runs.get(runs.size() - 1).out();
    long people = check("cold CLI", answer, ledger, party);
    check("cold CLI, first run", first.out(), ledger, party);
    run.report(
        "cold CLI impact ("
            + how
            + ": impact --party "
            + party
            + " --json, "
            + settings.scale().describe()
            + "): "
            + Figures.ms(median)
            + " ms median of "
            + timed
            + " (runs "
            + Arrays.stream(millis).mapToObj(Figures::ms).collect(Collectors.joining(", "))
            + " ms; range "
            + Figures.ms(Arrays.stream(millis).min().orElse(0))
            + "–"
            + Figures.ms(Arrays.stream(millis).max().orElse(0))
            + " ms"
            + (rss > 0 ? "; peak RSS " + Figures.mb(rss) + " MB" : "")
            + ") "
            + (firstOnStore
                ? "(for comparison: the target is for the command as ./warden starts it)"
                : "(target < "
                    + CLI_TARGET_MILLIS / 1000
                    + " s: "
                    + Figures.verdict(median < CLI_TARGET_MILLIS)
                    + ")")
            + "; "
            + (firstOnStore
                ? "first run on the new store "
                    + Figures.ms(first.millis())
                    + " ms (reads every person and saves the people's index file; once after"
                    + " people or the register change)"
                : "one untimed run before"));
    run.reportOnce(checkedLine("cold CLI", party, people));
  }

  /**
   * {@code serve}, then a token for its admin; the first call on its own (it builds the server's
   * indexes), then the median and 95th percentile of the calls after it.
   */
  private static void api(BenchRun run, AppProcess app, Path data) throws Exception {
    BenchSettings settings = run.settings();
    SyntheticLedger ledger = run.ledger();
    String party = ledger.fullLoadParty();
    String dir = data.toString();
    int port = freePort();
    run.progress("starting warden serve on port " + port);
    AppProcess.Started server =
        app.start(List.of("serve", "--data", dir, "--port", Integer.toString(port)));
    try {
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      long upNanos = awaitReady(client, server, port);
      // The server made its admin on first start; the CLI reaches the store through the server,
      // as beside any running Warden.
      AppProcess.Finished created =
          app.run(
              List.of("token", "create", "--user", ADMIN, "--label", "warden-bench", "--data", dir),
              COMMAND_TIMEOUT);
      requireSuccess("token create", created);
      String token = created.out().strip().lines().findFirst().orElseThrow();
      URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/impact?party=" + party);
      HttpRequest request =
          HttpRequest.newBuilder(uri)
              .header("Authorization", "Bearer " + token)
              .timeout(CALL_TIMEOUT)
              .GET()
              .build();
      Call first = call(client, request);
      int calls = settings.smoke() ? 3 : 20;
      double[] millis = new double[calls];
      Call last = first;
      for (int i = 0; i < calls; i++) {
        last = call(client, request);
        millis[i] = last.millis();
      }
      long people = check("impact API", last.body(), ledger, party);
      check("impact API, first call", first.body(), ledger, party);
      double median = median(millis);
      double p95 = percentile(millis, 95);
      run.report(
          "impact API (GET /api/v1/impact?party="
              + party
              + " on a running server, "
              + settings.scale().describe()
              + "): "
              + Figures.ms(median)
              + " ms median, "
              + Figures.ms(p95)
              + " ms p95 of "
              + calls
              + " calls (target < "
              + API_TARGET_MILLIS
              + " ms: median "
              + Figures.verdict(median < API_TARGET_MILLIS)
              + ", p95 "
              + Figures.verdict(p95 < API_TARGET_MILLIS)
              + "); first call "
              + Figures.ms(first.millis())
              + " ms (it builds the server's custody index and attributes); server up in "
              + Figures.seconds(upNanos));
      run.reportOnce(checkedLine("impact API", party, people));
    } finally {
      stop(server);
    }
  }

  /** The engine's answer to the question the app was asked: the party, window unknown, now. */
  static Impact engine(SyntheticLedger ledger, String party) {
    Instant now = Instant.now();
    Incident question =
        Incident.of(
            "impact-" + party,
            "If " + party + " was breached",
            Set.of(party),
            ExposureWindow.unknown(),
            now,
            now);
    return ImpactEngine.assess(
        question, ledger.ledger(), ledger.attributes(), RiskMatrix.standard(), now);
  }

  /** Fails unless every count of the app's JSON equals the engine's; returns the people. */
  private static long check(String what, String json, SyntheticLedger ledger, String party) {
    Map<String, Long> expected = ImpactFigures.of(engine(ledger, party));
    List<String> different = ImpactFigures.differences(expected, ImpactFigures.ofJson(json));
    if (!different.isEmpty()) {
      throw new IllegalStateException(
          what
              + ": the app's impact differs from the engine's in "
              + different.size()
              + " counts, e.g. "
              + different.subList(0, Math.min(5, different.size())));
    }
    return ImpactFigures.people(json);
  }

  private static String checkedLine(String what, String party, long people) {
    return what
        + " answer for "
        + party
        + ": "
        + Figures.count(people)
        + " people in the worst case, every count equal to the in-memory engine's on the same"
        + " ledger ("
        + ImpactFigures.CHECKED
        + ")";
  }

  private record Call(long nanos, String body) {
    double millis() {
      return nanos / 1e6;
    }
  }

  private static Call call(HttpClient client, HttpRequest request)
      throws IOException, InterruptedException {
    long start = System.nanoTime();
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    long nanos = System.nanoTime() - start;
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          request.uri() + " answered " + response.statusCode() + ": " + response.body());
    }
    return new Call(nanos, response.body());
  }

  /** Polls the public health endpoint until it answers 200; returns the time since start. */
  private static long awaitReady(HttpClient client, AppProcess.Started server, int port)
      throws IOException, InterruptedException {
    HttpRequest health =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
            .timeout(Duration.ofSeconds(5))
            .GET()
            .build();
    long deadline = server.start() + SERVER_START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!server.process().isAlive()) {
        throw new IllegalStateException(
            "warden serve exited with status "
                + server.process().exitValue()
                + ":\n"
                + tail(server));
      }
      try {
        if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return System.nanoTime() - server.start();
        }
      } catch (ConnectException | HttpTimeoutException notYet) {
        // Still starting.
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException(
        "warden serve was not up after " + SERVER_START_TIMEOUT.toSeconds() + " s");
  }

  /** A polite stop (the server closes the store cleanly), then a forced one. */
  private static void stop(AppProcess.Started server) throws InterruptedException {
    server.process().destroy();
    if (!server.process().waitFor(60, TimeUnit.SECONDS)) {
      server.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
  }

  private static String tail(AppProcess.Started server) {
    try {
      List<String> lines = new ArrayList<>(Files.readAllLines(server.out()));
      lines.addAll(Files.readAllLines(server.err()));
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    } catch (IOException e) {
      return "(no output: " + e.getMessage() + ")";
    }
  }

  public static void requireSuccess(String what, AppProcess.Finished finished) {
    if (finished.status() != 0) {
      throw new IllegalStateException(
          "warden " + what + " exited with status " + finished.status() + ":\n" + finished.tail());
    }
  }

  static double median(double[] values) {
    return percentile(values, 50);
  }

  /** Nearest rank: the smallest value with at least {@code p}% of the values at or below it. */
  static double percentile(double[] values, int p) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** The bytes of every file under {@code dir}. */
  public static long size(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(AppStep::sizeOf).sum();
    }
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes {@code dir} and everything in it, leaving what cannot be deleted. */
  public static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // Left in the temporary folder; nothing else depends on it.
    }
  }
}
