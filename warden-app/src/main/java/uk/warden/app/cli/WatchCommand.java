package uk.warden.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import uk.warden.app.watch.Explanation;
import uk.warden.app.watch.ExplanationRequest;
import uk.warden.app.watch.Migrations;
import uk.warden.app.watch.SnapshotRequest;
import uk.warden.app.watch.SnapshotSource;
import uk.warden.app.watch.WatchAlerts;
import uk.warden.app.watch.WatchFinding;
import uk.warden.app.watch.WatchService;
import uk.warden.app.watch.WatchedSystem;
import uk.warden.watch.alert.AlertDispatcher;
import uk.warden.watch.collect.CollectionOutcome;
import uk.warden.watch.collect.SystemVolume;
import uk.warden.watch.config.WatchConfig;
import uk.warden.watch.config.WatchConfigReader;
import uk.warden.watch.manifest.ManifestFile;

/** {@code warden watch}: count the systems, explain their falls, and see what was lost. */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description = "The integrity watch: notice unexplained loss of stored data.",
    subcommands = {
      WatchCommand.Collect.class,
      WatchCommand.Status.class,
      WatchCommand.Explain.class,
      WatchCommand.Migration.class
    })
class WatchCommand {

  /** Who the CLI records as having collected or explained, in the store. */
  static final String BY = "cli";

  @Command(
      name = "collect",
      mixinStandardHelpOptions = true,
      description =
          "Count every system of a watch configuration, record the counts and report any new"
              + " unexplained loss (alerted through the configuration's channels). Exit 1 if a"
              + " system could not be counted or a new loss was found.")
  static class Collect implements Callable<Integer> {

    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Option(
        names = "--config",
        required = true,
        paramLabel = "FILE",
        description = "The watch configuration (YAML): systems, collectors and alert channels.")
    Path config;

    @Option(
        names = "--manifests",
        paramLabel = "DIR",
        description =
            "Write each manifest collected to DIR/SYSTEM-DAY.tsv.gz, e.g. to register a"
                + " migration's before-manifest.")
    @Nullable Path manifests;

    @Override
    public Integer call() throws Exception {
      WatchConfig watchConfig = WatchConfigReader.read(config);
      List<CollectionOutcome> outcomes = watchConfig.collection().collect(watchConfig.collectors());
      PrintWriter out = spec.commandLine().getOut();
      try (var context = Spring.start(store.location())) {
        WatchService watch = context.getBean(WatchService.class);
        List<SnapshotRequest> counted = new ArrayList<>();
        int failed = 0;
        for (CollectionOutcome outcome : outcomes) {
          SystemVolume volume = outcome.volume();
          if (volume == null) {
            failed++;
            out.printf("%-32s FAILED %s%n", outcome.system(), outcome.failure());
          } else if (!watch.knows(volume.system())) {
            failed++;
            out.printf("%-32s FAILED not a system of the register%n", volume.system());
          } else {
            counted.add(
                new SnapshotRequest(
                    volume.system(),
                    volume.takenAt(),
                    volume.objects(),
                    volume.bytes(),
                    volume.parts()));
            out.printf(
                "%-32s %,15d objects %,20d bytes  (%.1f s)%n",
                volume.system(),
                volume.objects(),
                volume.bytes(),
                outcome.took().toMillis() / 1000.0);
            writeManifest(volume, out);
          }
        }
        List<WatchFinding> found =
            counted.isEmpty()
                ? List.of()
                : watch.record(counted, SnapshotSource.COLLECTED, BY).newFindings();
        for (WatchFinding finding : found) {
          out.printf(
              "NEW LOSS %s [%s, %s]%n", finding.describe(), finding.shape(), finding.severity());
        }
        // Alerts go through the channels of the file given, the one the systems came from.
        AlertDispatcher channels = watchConfig.alerts().dispatcher();
        context.getBean(WatchAlerts.class).deliver(found, channels);
        out.printf(
            "Counted %d of %d systems; %d new unexplained losses; alerts to %d channels.%n",
            counted.size(), outcomes.size(), found.size(), channels.channels().size());
        return failed > 0 || !found.isEmpty() ? ExitCodes.BLOCKING_FINDINGS : ExitCodes.OK;
      }
    }

    private void writeManifest(SystemVolume volume, PrintWriter out) throws IOException {
      if (manifests == null || volume.manifest() == null) {
        return;
      }
      Files.createDirectories(manifests);
      LocalDate day = LocalDate.ofInstant(volume.takenAt(), ZoneOffset.UTC);
      Path file = manifests.resolve(volume.system() + "-" + day + ".tsv.gz");
      ManifestFile.write(volume.manifest(), file);
      out.printf(
          "%-32s manifest of %,d objects in %s%n", "", volume.manifest().entries().size(), file);
    }
  }

  @Command(
      name = "status",
      mixinStandardHelpOptions = true,
      description = "Every system's latest count and its open unexplained losses.")
  static class Status implements Callable<Integer> {

    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Option(names = "--json", description = "The overview and open losses as JSON.")
    boolean json;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (var context = Spring.start(store.location())) {
        WatchService watch = context.getBean(WatchService.class);
        List<WatchedSystem> systems = watch.overview();
        List<WatchFinding> open = watch.openFindings();
        if (json) {
          out.println(
              context
                  .getBean(JsonMapper.class)
                  .writerWithDefaultPrettyPrinter()
                  .writeValueAsString(Map.of("systems", systems, "openLosses", open)));
          return ExitCodes.OK;
        }
        out.printf(
            "%-32s %-12s %15s %12s  %s%n", "system", "counted", "objects", "7 days", "open losses");
        for (WatchedSystem s : systems) {
          out.printf(
              "%-32s %-12s %15s %12s  %s%n",
              s.code(),
              s.lastDay() == null ? "never" : s.lastDay(),
              s.lastDay() == null ? "-" : String.format("%,d", s.objects()),
              s.weekChange() == null ? "-" : String.format("%+,d", s.weekChange()),
              s.openFindings() == 0 ? "" : s.openFindings() + " " + s.worst());
        }
        for (WatchFinding f : open) {
          out.printf("LOSS %d: %s [%s, %s]%n", f.id(), f.describe(), f.shape(), f.severity());
        }
      }
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "explain",
      mixinStandardHelpOptions = true,
      description =
          "Record a retention schedule, a deletion or a migration moving objects out, so the"
              + " decrease it causes is not a loss.")
  static class Explain implements Callable<Integer> {

    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Option(names = "--system", required = true, paramLabel = "SYSTEM")
    String system;

    @Option(
        names = "--reason",
        required = true,
        description = "retention (objects a day), deletion or migration (objects in all).")
    String reason;

    @Option(names = "--from", required = true, paramLabel = "DAY", description = "First day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DAY", description = "Last day (a deletion needs one).")
    @Nullable LocalDate to;

    @Option(names = "--objects", required = true, paramLabel = "N")
    long objects;

    @Option(
        names = "--reference",
        required = true,
        description = "The schedule, certificate or change reference.")
    String reference;

    @Override
    public Integer call() {
      try (var context = Spring.start(store.location())) {
        Explanation saved =
            context
                .getBean(WatchService.class)
                .explain(new ExplanationRequest(system, reason, from, to, objects, reference), BY);
        spec.commandLine()
            .getOut()
            .printf("Recorded %s %d for %s.%n", saved.reason(), saved.id(), saved.system());
      }
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "migration",
      mixinStandardHelpOptions = true,
      description =
          "Register a migration with its before-manifest, then record its after-manifest.",
      subcommands = {Migration.Start.class, Migration.Finish.class})
  static class Migration {

    @Command(
        name = "start",
        mixinStandardHelpOptions = true,
        description = "Register a migration and what the system held before it.")
    static class Start implements Callable<Integer> {

      @Mixin StoreOptions store;
      @Spec CommandSpec spec;

      @Option(names = "--system", required = true, paramLabel = "SYSTEM")
      String system;

      @Option(names = "--from", required = true, paramLabel = "DAY")
      LocalDate from;

      @Option(names = "--to", paramLabel = "DAY", description = "Planned last day, if known.")
      @Nullable LocalDate to;

      @Option(
          names = "--moved-out",
          paramLabel = "N",
          description = "Objects the migration moves out of the system (default 0).")
      long movedOut;

      @Option(names = "--reference", required = true, description = "The change reference.")
      String reference;

      @Option(
          names = "--before",
          required = true,
          paramLabel = "MANIFEST",
          description = "The before-manifest (TSV path, size, sha256; .gz allowed).")
      Path before;

      @Override
      public Integer call() {
        var manifest = ManifestFile.read(before);
        try (var context = Spring.start(store.location())) {
          Explanation saved =
              context
                  .getBean(Migrations.class)
                  .register(
                      new ExplanationRequest(system, "MIGRATION", from, to, movedOut, reference),
                      manifest,
                      BY);
          spec.commandLine()
              .getOut()
              .printf(
                  "Registered migration %d of %s with %,d objects before.%n",
                  saved.id(), saved.system(), manifest.entries().size());
        }
        return ExitCodes.OK;
      }
    }

    @Command(
        name = "finish",
        mixinStandardHelpOptions = true,
        description = "Record what the system holds after the migration.")
    static class Finish implements Callable<Integer> {

      @Mixin StoreOptions store;
      @Spec CommandSpec spec;

      @Parameters(paramLabel = "ID", description = "The migration's id.")
      long id;

      @Option(names = "--after", required = true, paramLabel = "MANIFEST")
      Path after;

      @Option(names = "--to", paramLabel = "DAY", description = "Last day (default today).")
      @Nullable LocalDate to;

      @Override
      public Integer call() {
        var manifest = ManifestFile.read(after);
        try (var context = Spring.start(store.location())) {
          Explanation saved = context.getBean(Migrations.class).complete(id, manifest, to);
          spec.commandLine()
              .getOut()
              .printf(
                  "Migration %d of %s: %,d objects before, %,d after.%n",
                  saved.id(), saved.system(), saved.beforeEntries(), saved.afterEntries());
        }
        return ExitCodes.OK;
      }
    }
  }
}
