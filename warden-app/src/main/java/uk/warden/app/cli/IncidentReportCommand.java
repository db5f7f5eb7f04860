package uk.warden.app.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import uk.warden.app.audit.Audit;
import uk.warden.app.breach.BreachService;
import uk.warden.app.breach.IncidentDownloads;
import uk.warden.app.breach.report.IcoDraftText;
import uk.warden.app.breach.report.NotificationList;
import uk.warden.app.platform.ReasonRequiredException;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;

/**
 * {@code warden incident report ID [--pdf FILE] [--notification-list FILE] [--json]}: the
 * incident's two files exactly as the pages and the API serve them, for a DPO working from a
 * terminal or a script; with no file asked for, the ICO report draft. The notification list names
 * people, so it only ever goes to its file: what is printed is counts, paths and sizes.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description =
        "Write the incident report (PDF) and the notification list (CSV); with neither, print the"
            + " ICO report draft. Files appear whole or not at all.")
class IncidentReportCommand implements Callable<Integer> {

  @Mixin StoreOptions store;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "The incident, as 'warden incident list' shows it.")
  String id;

  @Option(
      names = "--pdf",
      paramLabel = "FILE",
      description = "Write the incident report to FILE: counts and categories only.")
  @Nullable Path pdf;

  @Option(
      names = "--notification-list",
      paramLabel = "FILE",
      description =
          "Write the notification list to FILE: one CSV row per person exposed in the worst case,"
              + " with names; for the DPO only.")
  @Nullable Path notificationList;

  @Option(
      names = "--reason",
      paramLabel = "TEXT",
      description =
          "Why the notification list is exported (a case or enquiry reference); kept in the audit"
              + " log. Required by default (warden.audit.reason-required).")
  @Nullable String reason;

  @Option(names = "--json", description = "Print as JSON: the draft, or what was written.")
  boolean json;

  /**
   * One file written, described without anyone's details; for the list, how many people it names
   * and how many of them the register no longer knows (listed by id, to be traced).
   */
  record Written(
      String file, String path, long bytes, @Nullable Long people, @Nullable Long untraced) {}

  @Override
  public Integer call() throws IOException {
    if (pdf == null && notificationList == null) {
      printDraft();
      return ExitCodes.OK;
    }
    if (pdf != null && notificationList != null && sameFile(pdf, notificationList)) {
      throw new BadInputException(
          InputProblem.field(
              "command line", "--notification-list", "names the same file as --pdf"));
    }
    // The files are claimed before the store is opened, so a bad path fails in a moment.
    try (OutputFile pdfFile = pdf == null ? null : OutputFile.create(pdf);
        OutputFile listFile =
            notificationList == null ? null : OutputFile.create(notificationList);
        var context = Spring.start(store.location())) {
      BreachService breaches = context.getBean(BreachService.class);
      breaches.incident(id);
      if (pdfFile != null) {
        writePdf(breaches, pdfFile);
      }
      Audit audit = context.getBean(Audit.class);
      String given = listFile == null ? null : reasonFor(audit);
      NotificationList.@Nullable Summary listed =
          listFile == null ? null : writeList(breaches, listFile);
      // Only once both are complete: a failure in either leaves neither behind.
      List<Written> written = new ArrayList<>();
      if (pdfFile != null) {
        written.add(new Written("report", pdfFile.name(), pdfFile.commit(), null, null));
      }
      if (listFile != null && listed != null) {
        written.add(
            new Written(
                "notification-list",
                listFile.name(),
                listFile.commit(),
                listed.rows(),
                listed.unknown()));
        audit.disclosed(
            IncidentDownloads.ACTION, List.of("incident:" + id), listed.rows(), List.of(), given);
      }
      print(written, context);
    }
    return ExitCodes.OK;
  }

  private @Nullable String reasonFor(Audit audit) {
    try {
      return audit.reasonFor(IncidentDownloads.ACTION, List.of("incident:" + id), reason);
    } catch (ReasonRequiredException e) {
      throw new BadInputException(
          InputProblem.field(
              "command line",
              "--reason",
              "is required: the force records why a list of named people is exported"));
    }
  }

  private void printDraft() {
    PrintWriter out = spec.commandLine().getOut();
    try (var context = Spring.start(store.location())) {
      BreachService breaches = context.getBean(BreachService.class);
      if (json) {
        out.println(
            context
                .getBean(JsonMapper.class)
                .writerWithDefaultPrettyPrinter()
                .writeValueAsString(breaches.assess(id).report()));
      } else {
        IcoDraftText.write(breaches.report(id), out);
      }
    }
  }

  private void writePdf(BreachService breaches, OutputFile file) throws IOException {
    byte[] report = breaches.reportPdf(id);
    try (OutputStream out = file.open()) {
      out.write(report);
    }
  }

  private NotificationList.Summary writeList(BreachService breaches, OutputFile file)
      throws IOException {
    try (Writer out =
        new BufferedWriter(new OutputStreamWriter(file.open(), StandardCharsets.UTF_8))) {
      return breaches.writeNotificationList(id, out);
    }
  }

  private void print(List<Written> written, ConfigurableApplicationContext context) {
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(
          context
              .getBean(JsonMapper.class)
              .writerWithDefaultPrettyPrinter()
              .writeValueAsString(written));
      return;
    }
    for (Written file : written) {
      if (file.people() == null) {
        out.printf("Wrote the incident report to %s (%,d bytes).%n", file.path(), file.bytes());
      } else {
        out.printf(
            "Wrote the notification list to %s (%,d bytes, %,d people%s).%n",
            file.path(),
            file.bytes(),
            file.people(),
            file.untraced() != null && file.untraced() > 0
                ? String.format(", %,d not in the register, listed by id to trace", file.untraced())
                : "");
      }
    }
  }

  private static boolean sameFile(Path a, Path b) {
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }
}
