package uk.warden.core.access.directory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.warden.core.access.AccessDirectory;
import uk.warden.core.access.Grant;
import uk.warden.core.access.Membership;
import uk.warden.core.access.Principal;
import uk.warden.core.access.ingest.Timestamps;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;

/**
 * Imports a directory exported as three CSV files, each with a header row naming its columns in any
 * order (case, spaces, underscores and hyphens do not matter; unknown columns are ignored):
 *
 * <ul>
 *   <li>principals: {@code id}, {@code kind} (user, group, service_account, supplier_staff), {@code
 *       pay_number}, {@code party} (the supplier's register code, required for supplier staff),
 *       {@code clearances} ({@code NPPV3:2024-01-31:2029-01-31:ACTIVE}, several separated by {@code
 *       ;}), {@code enabled} (true or false; true when blank);
 *   <li>memberships: {@code group}, {@code member} (a member may be a group);
 *   <li>grants: {@code id}, {@code holder}, {@code system}, {@code categories} ({@code
 *       ;}-separated, blank for all), {@code access} (read, export, administer), {@code purpose},
 *       {@code granted_by}, {@code granted_at}, {@code expires}, {@code last_used} (ISO dates or
 *       times; a time without an offset is in the force's zone).
 * </ul>
 *
 * <p>All or nothing: every file is read to its end and every problem listed by file, line and
 * column; if there is any, {@link #read} throws {@link BadInputException} and nothing is returned.
 * Each file is bounded to {@link #MAX_ROWS} rows of at most {@link #MAX_LINE_CHARS} characters.
 */
public final class DirectoryCsvReader {

  /** Longer lines are refused unread: a real row is a few hundred characters. */
  public static final int MAX_LINE_CHARS = 64 * 1024;

  /** Rows read from one file, at most: several times the largest force's accounts and grants. */
  public static final int MAX_ROWS = 2_000_000;

  private final Timestamps times;
  private final int maxLineChars;
  private final int maxRows;

  /** {@code zone} is the force's: times written without an offset are read in it. */
  public DirectoryCsvReader(ZoneId zone) {
    this(zone, MAX_LINE_CHARS, MAX_ROWS);
  }

  DirectoryCsvReader(ZoneId zone, int maxLineChars, int maxRows) {
    this.times = new Timestamps(Objects.requireNonNull(zone, "zone"));
    this.maxLineChars = maxLineChars;
    this.maxRows = maxRows;
  }

  public DirectoryImport read(Path principals, Path memberships, Path grants) {
    return read(CsvInput.of(principals), CsvInput.of(memberships), CsvInput.of(grants));
  }

  /**
   * Reads the three files.
   *
   * @throws BadInputException listing every problem, when there is any
   */
  public DirectoryImport read(CsvInput principals, CsvInput memberships, CsvInput grants) {
    DirectoryProblems problems = new DirectoryProblems();
    List<CsvRow> principalRows = rows(principals, PrincipalRows.COLUMNS, problems);
    boolean principalsComplete = !problems.any();
    List<CsvRow> membershipRows = rows(memberships, MembershipRows.COLUMNS, problems);
    List<CsvRow> grantRows = rows(grants, GrantRows.COLUMNS, problems);

    CrossChecks checks = new CrossChecks(principals.name(), principalsComplete);
    List<Principal> principalList = new ArrayList<>(principalRows.size());
    for (CsvRow row : principalRows) {
      Principal principal = PrincipalRows.read(row);
      checks.principal(row, principal);
      if (principal != null && row.ok()) {
        principalList.add(principal);
      }
    }
    List<Membership> membershipList = new ArrayList<>(membershipRows.size());
    for (CsvRow row : membershipRows) {
      Membership membership = MembershipRows.read(row);
      if (membership != null) {
        checks.membership(row, membership);
        membershipList.add(membership);
      }
    }
    GrantRows grantReader = new GrantRows(times);
    List<Grant> grantList = new ArrayList<>(grantRows.size());
    for (CsvRow row : grantRows) {
      Grant grant = grantReader.read(row);
      if (grant != null) {
        checks.grant(row, grant);
        grantList.add(grant);
      }
    }
    if (problems.any()) {
      throw problems.refusal();
    }
    try {
      AccessDirectory directory = AccessDirectory.of(principalList, membershipList, grantList);
      return new DirectoryImport(directory, principalList, membershipList, grantList);
    } catch (IllegalArgumentException e) {
      // The row checks should have caught whatever the directory refuses; say so if one did not.
      throw new BadInputException(
          InputProblem.file("directory", "the files do not form a directory: " + e.getMessage()));
    }
  }

  private List<CsvRow> rows(CsvInput input, List<Column> columns, DirectoryProblems problems) {
    CsvTable table = new CsvTable(input.name(), columns, maxLineChars, maxRows, problems);
    try (InputStream in = input.opener().open()) {
      return table.read(in);
    } catch (NoSuchFileException e) {
      problems.add(input.name(), null, null, "no such file");
    } catch (AccessDeniedException e) {
      problems.add(input.name(), null, null, "the file cannot be read: permission denied");
    } catch (IOException e) {
      problems.add(input.name(), null, null, "the file cannot be read");
    }
    return List.of();
  }
}
