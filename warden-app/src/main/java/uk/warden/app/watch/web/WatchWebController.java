package uk.warden.app.watch.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.warden.app.account.Action;
import uk.warden.app.breach.DeclaredIncident;
import uk.warden.app.platform.Permissions;
import uk.warden.app.platform.RefusedException;
import uk.warden.app.platform.SpreadsheetSafe;
import uk.warden.app.watch.Migrations;
import uk.warden.app.watch.SystemVolumes;
import uk.warden.app.watch.WatchFinding;
import uk.warden.app.watch.WatchService;
import uk.warden.core.input.BadInputException;

/**
 * The watch pages: every system's latest count and open losses, and a page per system with its
 * series drawn, its explanations and its losses, each of which can be raised as an incident.
 */
@Controller
class WatchWebController {

  /** A system page shows the last year unless asked for more or less. */
  private static final int DEFAULT_DAYS = 365;

  /** The cases listed on the page; the CSV has every missing object. */
  private static final int CASES_SHOWN = 25;

  private final WatchService watch;
  private final Migrations migrations;

  WatchWebController(WatchService watch, Migrations migrations) {
    this.watch = watch;
    this.migrations = migrations;
  }

  @GetMapping("/watch")
  String overview(Model model) {
    model.addAttribute("systems", watch.overview());
    model.addAttribute("findings", watch.openFindings());
    return "watch/overview";
  }

  @GetMapping("/watch/systems/{code}")
  String system(
      @PathVariable String code,
      @RequestParam(required = false) @Nullable Integer days,
      Model model,
      Authentication auth) {
    SystemVolumes volumes = watch.system(code);
    int shown = days == null ? DEFAULT_DAYS : Math.max(14, Math.min(days, 3_660));
    model.addAttribute("volumes", volumes);
    model.addAttribute("days", shown);
    model.addAttribute(
        "chart",
        SeriesChart.of(volumes.series(), volumes.explanations(), volumes.findings(), shown));
    model.addAttribute(
        "latest",
        volumes.series().isEmpty() ? null : volumes.series().get(volumes.series().size() - 1));
    model.addAttribute("canWrite", Permissions.holds(auth, Action.DECLARE_INCIDENTS));
    model.addAttribute(
        "migrations",
        volumes.explanations().stream()
            .filter(e -> e.isMigration() && e.afterEntries() != null)
            .map(e -> migrations.report(e.id()))
            .toList());
    model.addAttribute("casesShown", CASES_SHOWN);
    return "watch/system";
  }

  /**
   * Every object the migration lost, with its case: what the owner must look for, and what the
   * breach report must count. Paths and case references only; no content.
   */
  @GetMapping("/watch/migrations/{id}/missing.csv")
  void missing(@PathVariable long id, HttpServletResponse response) throws IOException {
    migrations.migration(id);
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename("migration-" + id + "-missing.csv")
            .build()
            .toString());
    try (CSVPrinter csv =
        new CSVPrinter(
            new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8),
            CSVFormat.DEFAULT.builder().setHeader("case", "path", "size", "sha256").get())) {
      migrations.forEachMissing(
          id,
          (entry, caseRef) -> {
            try {
              csv.printRecord(
                  SpreadsheetSafe.cell(caseRef),
                  SpreadsheetSafe.cell(entry.path()),
                  entry.size(),
                  entry.sha256() == null ? "" : entry.sha256());
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
  }

  @PostMapping("/watch/findings/{id}/incident")
  String raise(
      @PathVariable long id,
      @RequestParam(required = false) @Nullable String party,
      Principal who,
      RedirectAttributes redirect) {
    WatchFinding finding = watch.finding(id);
    try {
      DeclaredIncident incident = watch.raiseIncident(id, party, who.getName());
      return "redirect:/incidents/" + incident.incident().id();
    } catch (BadInputException e) {
      redirect.addFlashAttribute("problems", e.problems());
    } catch (RefusedException e) {
      redirect.addFlashAttribute("refusal", e.getMessage());
    }
    return "redirect:/watch/systems/" + finding.system();
  }
}
