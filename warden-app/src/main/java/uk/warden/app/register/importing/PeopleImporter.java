package uk.warden.app.register.importing;

import java.io.InputStream;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import uk.warden.app.audit.Audit;
import uk.warden.app.register.PeopleWriter;
import uk.warden.core.access.Operation;
import uk.warden.core.input.BadInputException;
import uk.warden.core.register.RankTable;
import uk.warden.core.register.importing.ColumnMapping;
import uk.warden.core.register.importing.PeopleImport;
import uk.warden.core.register.importing.PeopleImportResult;

/**
 * Imports people from an HR extract (CSV or XLSX). The whole file is read and checked before
 * anything is written, and then written in one transaction: a file with one bad row imports nobody.
 * Known pay numbers are updated, new ones added; people absent from the file are kept, because an
 * extract may cover part of the force.
 */
@Service
public class PeopleImporter {

  /** What an import did. */
  public record Report(int rowsRead, int added, int updated, List<String> ignoredColumns) {}

  private final PeopleWriter writer;
  private final ImportHistory history;
  private final String rankScheme;
  private final Audit audit;

  public PeopleImporter(
      PeopleWriter writer,
      ImportHistory history,
      @Value("${warden.force.rank-scheme:england-wales}") String rankScheme,
      Audit audit) {
    this.audit = audit;
    this.writer = writer;
    this.history = history;
    this.rankScheme = rankScheme;
  }

  public ColumnMapping readMapping(String sourceName, InputStream in) {
    return ColumnMapping.read(sourceName, in);
  }

  public Report importPeople(
      String sourceName, InputStream in, @Nullable ColumnMapping mapping, String user) {
    PeopleImportResult result;
    try {
      result = new PeopleImport(RankTable.load(rankScheme), mapping).read(sourceName, in);
    } catch (BadInputException e) {
      history.refused("people", sourceName, user, e.getMessage());
      throw e;
    }
    PeopleWriter.Outcome outcome = writer.upsert(result.people());
    history.record(
        "people",
        sourceName,
        user,
        "IMPORTED",
        result.rowsRead(),
        outcome.added(),
        outcome.updated(),
        0,
        null);
    audit.changed(
        Operation.COLLECT, "people.import", List.of(), outcome.added() + outcome.updated());
    return new Report(
        result.rowsRead(), outcome.added(), outcome.updated(), result.ignoredColumns());
  }
}
