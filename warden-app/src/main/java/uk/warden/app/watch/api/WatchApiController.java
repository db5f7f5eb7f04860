package uk.warden.app.watch.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import uk.warden.app.breach.DeclaredIncident;
import uk.warden.app.platform.UploadNames;
import uk.warden.app.watch.Explanation;
import uk.warden.app.watch.ExplanationRequest;
import uk.warden.app.watch.MigrationReport;
import uk.warden.app.watch.Migrations;
import uk.warden.app.watch.SnapshotRequest;
import uk.warden.app.watch.SnapshotSource;
import uk.warden.app.watch.SystemVolumes;
import uk.warden.app.watch.WatchAlerts;
import uk.warden.app.watch.WatchFinding;
import uk.warden.app.watch.WatchService;
import uk.warden.app.watch.WatchedSystem;
import uk.warden.core.watch.VolumeSnapshot;
import uk.warden.watch.alert.Delivery;
import uk.warden.watch.manifest.Manifest;
import uk.warden.watch.manifest.ManifestFile;

/**
 * The integrity watch over HTTP: systems that Warden cannot reach push their counts here, and
 * everything the watch knows can be read back.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Integrity watch")
class WatchApiController {

  /**
   * One snapshot, or several under {@code snapshots}: a system sending its day's count, or a
   * backlog of days.
   */
  record PushBody(
      @Nullable String system,
      @Nullable Instant takenAt,
      @Nullable Long objects,
      @Nullable Long bytes,
      @Nullable Map<String, Long> parts,
      @Nullable List<SnapshotRequest> snapshots) {

    List<SnapshotRequest> requests() {
      return snapshots != null
          ? snapshots
          : List.of(new SnapshotRequest(system, takenAt, objects, bytes, parts));
    }
  }

  /** What a push stored and what it found. */
  record Pushed(int stored, List<WatchFinding> newFindings) {}

  /** One system's series and what the watch made of it. */
  record SystemView(
      String code,
      String name,
      String marking,
      List<VolumeSnapshot> series,
      List<Explanation> explanations,
      List<WatchFinding> findings,
      Map<Long, List<Delivery>> alerts) {

    static SystemView of(SystemVolumes volumes) {
      return new SystemView(
          volumes.system().code(),
          volumes.system().name(),
          volumes.system().marking().label(),
          volumes.series(),
          volumes.explanations(),
          volumes.findings(),
          volumes.deliveries());
    }
  }

  /** Who is responsible for the lost data, when it is not the system's host. */
  record RaiseBody(@Nullable String party) {}

  private static Manifest manifest(MultipartFile file) throws IOException {
    try (InputStream in = file.getInputStream()) {
      return ManifestFile.read(UploadNames.of(file), in);
    }
  }

  private final WatchService watch;
  private final Migrations migrations;
  private final WatchAlerts alerts;

  WatchApiController(WatchService watch, Migrations migrations, WatchAlerts alerts) {
    this.watch = watch;
    this.migrations = migrations;
    this.alerts = alerts;
  }

  @PostMapping("/snapshots")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Record a system's count (objects, bytes, and parts where it has them)",
      description =
          "One snapshot, or several under snapshots. A day keeps its latest count. Every"
              + " snapshot is checked before any is stored; losses found in the systems counted"
              + " are returned and alerted on.")
  Pushed push(@RequestBody PushBody body, Principal who) {
    WatchService.Recorded recorded =
        watch.record(body.requests(), SnapshotSource.PUSHED, who.getName());
    alerts.announce(recorded.newFindings());
    return new Pushed(recorded.snapshots(), recorded.newFindings());
  }

  @GetMapping("/watch")
  @Operation(summary = "Every system's latest count, weekly change and open losses")
  List<WatchedSystem> overview() {
    return watch.overview();
  }

  @GetMapping("/watch/systems/{code}")
  @Operation(summary = "One system's daily series, explanations and findings")
  SystemView system(@PathVariable String code) {
    return SystemView.of(watch.system(code));
  }

  @GetMapping("/watch/findings")
  @Operation(summary = "Unexplained losses not yet acted on, newest first")
  List<WatchFinding> findings() {
    return watch.openFindings();
  }

  @PostMapping("/watch/expected-changes")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Record a retention schedule, a deletion or a migration that explains decreases",
      description =
          "reason: RETENTION (objects per day), DELETION (objects in all, lastDay required) or"
              + " MIGRATION (objects moved out in all, 0 for a move within the system).")
  Explanation explain(@RequestBody ExplanationRequest request, Principal who) {
    return watch.explain(request, who.getName());
  }

  @PostMapping(path = "/watch/migrations", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Register a migration with its before-manifest",
      description =
          "before: the manifest file (TSV path, size, sha256 under a header line; gzip allowed)."
              + " movedOut: objects the migration moves out of the system (default 0).")
  Explanation registerMigration(
      @RequestParam String system,
      @RequestParam LocalDate firstDay,
      @RequestParam(required = false) @Nullable LocalDate lastDay,
      @RequestParam(required = false, defaultValue = "0") long movedOut,
      @RequestParam String reference,
      @RequestPart("before") MultipartFile before,
      Principal who)
      throws IOException {
    return migrations.register(
        new ExplanationRequest(system, "MIGRATION", firstDay, lastDay, movedOut, reference),
        manifest(before),
        who.getName());
  }

  @PostMapping(
      path = "/watch/migrations/{id}/after",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Record a migration's after-manifest; the loss report follows")
  MigrationReport completeMigration(
      @PathVariable long id,
      @RequestParam(required = false) @Nullable LocalDate lastDay,
      @RequestPart("after") MultipartFile after)
      throws IOException {
    migrations.complete(id, manifest(after), lastDay);
    return migrations.report(id);
  }

  @GetMapping("/watch/migrations/{id}")
  @Operation(
      summary = "What a finished migration lost: counts and the cases hit",
      description = "Refused (409) until the after-manifest is recorded.")
  MigrationReport migration(@PathVariable long id) {
    return migrations.report(id);
  }

  @PostMapping("/watch/findings/{id}/incident")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Raise an unexplained loss as an availability incident",
      description =
          "The compromised party is the system's host unless party names another; an in-house"
              + " system needs one named. A loss already raised is refused (409).")
  DeclaredIncident raise(
      @PathVariable long id,
      @RequestBody(required = false) @Nullable RaiseBody body,
      Principal who) {
    return watch.raiseIncident(id, body == null ? null : body.party(), who.getName());
  }
}
