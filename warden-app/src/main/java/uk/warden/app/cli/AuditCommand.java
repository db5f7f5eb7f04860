package uk.warden.app.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.warden.app.audit.Audit;
import uk.warden.app.audit.AuditService;
import uk.warden.app.audit.AuditService.Exported;
import uk.warden.app.audit.ChainAnchors;
import uk.warden.core.audit.AuditCef;
import uk.warden.core.audit.AuditEntry;
import uk.warden.core.audit.AuditJson;
import uk.warden.core.audit.ChainHead;
import uk.warden.core.audit.ChainReport;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;
import uk.warden.watch.alert.SyslogMessage;
import uk.warden.watch.alert.SyslogSettings;
import uk.warden.watch.alert.SyslogSink;
import uk.warden.watch.alert.SyslogTransport;

/** {@code warden audit verify|export}: check Warden's own audit chain and send it to a SIEM. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Warden's own audit log: verify its hash chain, export it to a SIEM.",
    subcommands = {AuditCommand.Verify.class, AuditCommand.Export.class})
class AuditCommand {

  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description =
          "Check the whole chain and name the first entry altered, removed, inserted or"
              + " reordered. Exit 1 if the chain is broken.")
  static class Verify implements Callable<Integer> {

    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Option(
        names = "--anchor",
        paramLabel = "SEQ:HASH",
        description =
            "A head recorded elsewhere (the last line of an earlier export, or an earlier verify):"
                + " the chain must pass through it. Repeatable.")
    List<String> anchors = List.of();

    @Override
    public Integer call() {
      List<ChainHead> heads = ChainAnchors.parse("command line", anchors);
      PrintWriter out = spec.commandLine().getOut();
      try (var context = Spring.start(store.location())) {
        ChainReport report = context.getBean(AuditService.class).verify(heads);
        context.getBean(Audit.class).consulted("audit.verify", List.of(), 0, null);
        if (report.intact()) {
          out.printf(
              "The audit chain holds: %,d entries; head %s%n",
              report.checked(), ChainAnchors.format(report.head()));
          return ExitCodes.OK;
        }
        out.printf(
            "The audit chain is broken at entry %d (%s): %s. %,d entries before it hold.%n",
            report.firstBreak().seq(),
            report.firstBreak().kind(),
            report.firstBreak().detail(),
            report.checked());
        return ExitCodes.BLOCKING_FINDINGS;
      }
    }
  }

  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description =
          "Write the entries after a position as JSON lines or CEF, to a file, standard output or a"
              + " syslog collector. Prints the last position and head hash: keep them, and pass"
              + " them as --after next time and as verify --anchor.")
  static class Export implements Callable<Integer> {

    private static final int LOG_AUDIT = 13;
    private static final int INFORMATIONAL = 6;

    enum Format {
      jsonl,
      cef
    }

    static class Target {
      @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE.")
      @Nullable Path file;

      @Option(
          names = "--syslog",
          paramLabel = "URL",
          description = "Send to a syslog collector: udp://host:514 or tcp://host:601 (RFC 5424).")
      @Nullable URI syslog;
    }

    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Option(
        names = "--format",
        defaultValue = "jsonl",
        description = "jsonl (one JSON object a line) or cef (ArcSight Common Event Format).")
    Format format;

    @Option(
        names = "--after",
        defaultValue = "0",
        paramLabel = "SEQ",
        description = "Only entries after this position (the last one exported before).")
    long after;

    @ArgGroup(exclusive = true)
    @Nullable Target target;

    @Override
    public Integer call() throws IOException {
      if (after < 0) {
        throw new BadInputException(
            InputProblem.field("command line", "--after", "must be 0 or a position"));
      }
      PrintWriter out = spec.commandLine().getOut();
      URI syslog = target == null ? null : target.syslog;
      Path file = target == null ? null : target.file;
      try (OutputFile output = file == null ? null : OutputFile.create(file);
          var context = Spring.start(store.location())) {
        AuditService log = context.getBean(AuditService.class);
        context
            .getBean(Audit.class)
            .disclosed(
                "audit.export",
                List.of("audit:after-" + after),
                0,
                List.of(syslog != null ? syslog.toString() : file != null ? "file" : "stdout"),
                null);
        Exported exported;
        if (syslog != null) {
          exported = toSyslog(log, syslog);
        } else if (output != null) {
          try (Writer writer =
              new BufferedWriter(new OutputStreamWriter(output.open(), StandardCharsets.UTF_8))) {
            exported = write(log, writer);
          }
          output.commit();
        } else {
          exported = write(log, out);
          out.flush();
        }
        // The summary goes to standard error when the entries go to standard output.
        PrintWriter note = output == null && syslog == null ? spec.commandLine().getErr() : out;
        note.printf(
            "Exported %,d entries after %d; last %s%n",
            exported.count(),
            after,
            exported.last() == null ? "none" : ChainAnchors.format(exported.last()));
      }
      return ExitCodes.OK;
    }

    private Exported write(AuditService log, Writer writer) {
      return log.export(
          after,
          entry -> {
            writer.write(line(entry));
            writer.write('\n');
          });
    }

    private Exported toSyslog(AuditService log, URI target) throws IOException {
      SyslogSettings settings = syslog(target);
      try (SyslogSink sink = SyslogSink.open(settings)) {
        return log.export(
            after,
            entry ->
                sink.send(
                    SyslogMessage.plain(
                        entry.event().at(), settings, INFORMATIONAL, "audit", line(entry))));
      }
    }

    /** udp://host[:514] or tcp://host[:601], sent as facility 13 (log audit). */
    private static SyslogSettings syslog(URI target) {
      String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("udp") && !scheme.equals("tcp") || target.getHost() == null) {
        throw new BadInputException(
            InputProblem.field(
                "command line",
                "--syslog",
                "a syslog target looks like udp://host:514 or tcp://host:601"));
      }
      boolean tcp = scheme.equals("tcp");
      return new SyslogSettings(
          target.getHost(),
          target.getPort() < 0 ? (tcp ? 601 : 514) : target.getPort(),
          tcp ? SyslogTransport.TCP : SyslogTransport.UDP,
          LOG_AUDIT,
          Audit.host(),
          SyslogSettings.DEFAULT_APP_NAME,
          SyslogSettings.DEFAULT_TIMEOUT);
    }

    private String line(AuditEntry entry) {
      return format == Format.cef
          ? AuditCef.line(entry, WardenCommand.VERSION)
          : AuditJson.line(entry);
    }
  }
}
