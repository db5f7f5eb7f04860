package uk.warden.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.warden.app.access.AccessService;
import uk.warden.app.access.DirectoryChange;
import uk.warden.app.access.DirectorySource;
import uk.warden.app.platform.ForceSettings;
import uk.warden.core.access.directory.DirectoryCsvReader;
import uk.warden.core.access.directory.DirectoryImport;
import uk.warden.core.access.directory.LdapDirectory;
import uk.warden.core.access.directory.LdapDirectoryReader;
import uk.warden.core.access.directory.LdapSettings;
import uk.warden.core.access.directory.LdapSummary;
import uk.warden.core.access.ingest.LogFormat;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;

/** {@code warden access}: who can reach the force's systems, and who did. */
@Command(
    name = "access",
    mixinStandardHelpOptions = true,
    description = "The access register: import the directory and grants, ingest access logs.",
    subcommands = {
      AccessCommand.Import.class,
      AccessCommand.ImportLdap.class,
      AccessCommand.Ingest.class
    })
class AccessCommand {

  /** Who the CLI records as having imported or ingested, in the store. */
  static final String BY = "cli";

  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description =
          "Import the access directory exported from an identity and access management system as"
              + " three CSV files. They replace what the last CSV import said: principals no longer"
              + " listed are disabled, grants no longer listed revoked. Refused whole, with file,"
              + " line and field named, if any row is wrong.")
  static class Import implements Callable<Integer> {

    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Option(
        names = "--principals",
        required = true,
        paramLabel = "FILE",
        description =
            "id, kind (user, group, service_account, supplier_staff), pay_number, party,"
                + " clearances (LEVEL[:granted[:expires[:STATUS]]], several with ;), enabled.")
    Path principals;

    @Option(
        names = "--memberships",
        required = true,
        paramLabel = "FILE",
        description = "group, member (a member may be a group).")
    Path memberships;

    @Option(
        names = "--grants",
        required = true,
        paramLabel = "FILE",
        description =
            "id, holder, system, categories (; separated, empty for all), access (read, export,"
                + " administer), purpose, granted_by, granted_at, expires, last_used.")
    Path grants;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (var context = Spring.start(store.location())) {
        ForceSettings force = context.getBean(ForceSettings.class);
        DirectoryImport read =
            new DirectoryCsvReader(force.zone()).read(principals, memberships, grants);
        DirectoryChange replaced =
            context
                .getBean(AccessService.class)
                .importDirectory(
                    DirectorySource.CSV,
                    principals.getFileName().toString(),
                    read.principals(),
                    read.memberships(),
                    read.grants());
        out.printf(
            "Imported %,d principals, %,d memberships and %,d grants; %,d principals disabled and"
                + " %,d grants revoked as no longer listed.%n",
            replaced.principals(),
            replaced.memberships(),
            replaced.grants(),
            replaced.disabled(),
            replaced.revoked());
      }
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "import-ldap",
      mixinStandardHelpOptions = true,
      description =
          "Import users, groups and group memberships from an LDAP directory or Active Directory."
              + " They replace what the last LDAP import said; users no longer found are disabled."
              + " Grants to the groups come from the CSV import.")
  static class ImportLdap implements Callable<Integer> {

    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Option(names = "--url", required = true, description = "ldap://host:port or ldaps://host:port")
    String url;

    @Option(names = "--base", required = true, paramLabel = "DN", description = "Where to search.")
    String base;

    @Option(
        names = "--bind-dn",
        required = true,
        paramLabel = "DN",
        description = "The read-only account Warden binds as.")
    String bindDn;

    /** The bind password's source: never the command line, where other users could read it. */
    static class PasswordSource {
      @Option(
          names = "--password-env",
          required = true,
          paramLabel = "VAR",
          description = "The environment variable holding the bind password.")
      @Nullable String variable;

      @Option(
          names = "--password-file",
          required = true,
          paramLabel = "FILE",
          description = "A file holding the bind password (its first line).")
      @Nullable Path file;

      String read() {
        String password;
        String field;
        if (variable != null) {
          field = "--password-env";
          password = System.getenv(variable);
        } else {
          field = "--password-file";
          try (InputStream in = Files.open(file)) {
            password =
                new String(in.readNBytes(4096), StandardCharsets.UTF_8)
                    .lines()
                    .findFirst()
                    .orElse("");
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        if (password == null || password.isEmpty()) {
          throw new BadInputException(
              InputProblem.field("import-ldap", field, "gives no password"));
        }
        return password;
      }
    }

    @ArgGroup(multiplicity = "1")
    PasswordSource password;

    @Option(names = "--user-filter", paramLabel = "FILTER", description = "Narrows the users.")
    @Nullable String userFilter;

    @Option(names = "--group-filter", paramLabel = "FILTER", description = "Narrows the groups.")
    @Nullable String groupFilter;

    @Option(
        names = "--pay-number-attribute",
        paramLabel = "NAME",
        description =
            "The attribute with the pay number (default employeeID, then employeeNumber).")
    @Nullable String payNumberAttribute;

    @Option(
        names = "--service-accounts",
        paramLabel = "DN",
        description = "The OU holding service accounts.")
    @Nullable String serviceAccounts;

    @Override
    public Integer call() {
      LdapSettings settings;
      try {
        settings =
            LdapSettings.of(url, bindDn, base)
                .withFilters(userFilter, groupFilter)
                .withServiceAccounts(null, serviceAccounts);
        if (payNumberAttribute != null) {
          settings = settings.withPayNumberAttribute(payNumberAttribute);
        }
      } catch (IllegalArgumentException e) {
        throw new BadInputException(InputProblem.file("import-ldap", e.getMessage()));
      }
      LdapDirectory read = new LdapDirectoryReader(settings).read(password.read());
      PrintWriter out = spec.commandLine().getOut();
      try (var context = Spring.start(store.location())) {
        DirectoryChange replaced =
            context
                .getBean(AccessService.class)
                .importDirectory(
                    DirectorySource.LDAP, url, read.principals(), read.memberships(), null);
        LdapSummary summary = read.summary();
        out.printf(
            "Imported %,d users (%,d disabled, %,d service accounts), %,d groups and %,d"
                + " memberships; %,d principals disabled as no longer found; %,d members outside"
                + " the base skipped.%n",
            summary.users(),
            summary.disabledUsers(),
            summary.serviceAccounts(),
            summary.groups(),
            replaced.memberships(),
            replaced.disabled(),
            summary.membersOutsideBase());
      }
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "ingest",
      mixinStandardHelpOptions = true,
      description =
          "Ingest access logs (JSON lines or CSV in the s.62 shape: who, when, system, operation,"
              + " records, recipients, justification). Each file is accepted whole or refused with"
              + " its bad lines named; an event already ingested is never counted twice.")
  static class Ingest implements Callable<Integer> {

    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Access log files.")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      try (var context = Spring.start(store.location())) {
        AccessService access = context.getBean(AccessService.class);
        for (Path file : files) {
          AccessService.Ingested done;
          long start = System.nanoTime();
          try (InputStream in = Files.open(file)) {
            done = access.ingest(file.getFileName().toString(), in, BY);
          }
          double seconds = (System.nanoTime() - start) / 1e9;
          out.printf(
              "%s: %,d events read (%s), %,d new, %,d already ingested in %.1f s (%,.0f"
                  + " events/s)%n",
              file.getFileName(),
              done.summary().events(),
              done.summary().format() == LogFormat.CSV ? "CSV" : "JSON lines",
              done.newEvents(),
              done.duplicates(),
              seconds,
              done.summary().events() / seconds);
        }
        out.printf("The store holds %,d access events.%n", access.eventCount());
      }
      return ExitCodes.OK;
    }
  }
}
