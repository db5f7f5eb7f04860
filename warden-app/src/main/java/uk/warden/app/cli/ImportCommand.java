package uk.warden.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.warden.app.register.importing.PeopleImporter;
import uk.warden.core.register.importing.ColumnMapping;

/** {@code warden import people FILE [--mapping FILE]}. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = "Import data into the register.",
    subcommands = ImportCommand.People.class)
class ImportCommand {

  @Command(
      name = "people",
      mixinStandardHelpOptions = true,
      description =
          "Import people from a CSV or XLSX HR extract. Columns are matched by name ignoring case,"
              + " spaces and underscores; pay_number and surname are required. One bad row refuses"
              + " the whole file.")
  static class People implements Callable<Integer> {

    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "CSV or XLSX file.")
    Path file;

    @Option(
        names = "--mapping",
        paramLabel = "FILE",
        description =
            "YAML mapping of Warden fields to your column headers, e.g. 'pay_number: Staff No'.")
    @Nullable Path mapping;

    @Override
    public Integer call() throws IOException {
      // The file first: a wrong name must not cost a start or create an empty store.
      try (InputStream in = Files.open(file);
          var context = Spring.start(store.location())) {
        PeopleImporter importer = context.getBean(PeopleImporter.class);
        ColumnMapping columns = null;
        if (mapping != null) {
          try (InputStream m = Files.open(mapping)) {
            columns = importer.readMapping(mapping.getFileName().toString(), m);
          }
        }
        var report = importer.importPeople(file.getFileName().toString(), in, columns, "cli");
        var out = spec.commandLine().getOut();
        out.printf(
            "Imported %s: %d rows, %d people added, %d updated.%n",
            file.getFileName(), report.rowsRead(), report.added(), report.updated());
        if (!report.ignoredColumns().isEmpty()) {
          out.println("Ignored columns: " + String.join(", ", report.ignoredColumns()));
        }
      }
      return ExitCodes.OK;
    }
  }
}
