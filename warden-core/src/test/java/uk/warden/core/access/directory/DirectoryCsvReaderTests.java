package uk.warden.core.access.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.warden.core.access.AccessType;
import uk.warden.core.access.Grant;
import uk.warden.core.access.Principal;
import uk.warden.core.access.PrincipalKind;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;
import uk.warden.core.register.Clearance;
import uk.warden.core.register.ClearanceLevel;
import uk.warden.core.register.ClearanceStatus;

class DirectoryCsvReaderTests {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private static final String PRINCIPALS =
      """
      id,kind,pay_number,party,clearances,enabled
      aable,user,100001,,NPPV3:2024-01-31:2029-01-31:ACTIVE,true
      bbaker,user,100002,,,false
      pnc-users,group,,,,
      intel,group,,,,
      svc-feed,service_account,,,,
      sup1,supplier_staff,,acme-it,"NPPV2A::2027-06-30; SC:2023-05-01:2028-05-01:lapsed",
      """;
  private static final String MEMBERSHIPS =
      """
      group,member
      pnc-users,aable
      pnc-users,intel
      intel,bbaker
      """;
  private static final String GRANTS =
      """
      id,holder,system,categories,access,purpose,granted_by,granted_at,expires,last_used
      g1,pnc-users,pnc,,read,Custody checks,cjones,2024-04-01,2026-04-01,2025-03-31T14:05:00Z
      g2,sup1,niche,intel;custody,administer,,,2024-04-01T09:00:00,,
      g3,svc-feed,pnc,,export,Nightly feed,,2024-01-01,,
      """;

  private static DirectoryImport read(String principals, String memberships, String grants) {
    return new DirectoryCsvReader(LONDON)
        .read(
            CsvInput.of("principals.csv", principals),
            CsvInput.of("memberships.csv", memberships),
            CsvInput.of("grants.csv", grants));
  }

  private static List<String> problems(String principals, String memberships, String grants) {
    return problems(new DirectoryCsvReader(LONDON), principals, memberships, grants);
  }

  private static List<String> problems(
      DirectoryCsvReader reader, String principals, String memberships, String grants) {
    BadInputException refused =
        catchThrowableOfType(
            BadInputException.class,
            () ->
                reader.read(
                    CsvInput.of("principals.csv", principals),
                    CsvInput.of("memberships.csv", memberships),
                    CsvInput.of("grants.csv", grants)));
    assertThat(refused).as("the directory should have been refused").isNotNull();
    return refused.problems().stream().map(InputProblem::describe).toList();
  }

  @Test
  void readsACompleteDirectory() {
    DirectoryImport imported = read(PRINCIPALS, MEMBERSHIPS, GRANTS);

    assertThat(imported.principals())
        .extracting(Principal::id)
        .containsExactly("aable", "bbaker", "pnc-users", "intel", "svc-feed", "sup1");
    Principal ann = imported.directory().principal("aable").orElseThrow();
    assertThat(ann.payNumber()).isEqualTo("100001");
    assertThat(ann.clearances())
        .containsExactly(
            new Clearance(
                ClearanceLevel.NPPV3,
                LocalDate.of(2024, 1, 31),
                LocalDate.of(2029, 1, 31),
                ClearanceStatus.ACTIVE));
    assertThat(imported.directory().principal("bbaker").orElseThrow().enabled()).isFalse();
    Principal supplier = imported.directory().principal("sup1").orElseThrow();
    assertThat(supplier.kind()).isEqualTo(PrincipalKind.SUPPLIER_STAFF);
    assertThat(supplier.partyCode()).isEqualTo("acme-it");
    assertThat(supplier.clearances())
        .containsExactly(
            new Clearance(
                ClearanceLevel.NPPV2A, null, LocalDate.of(2027, 6, 30), ClearanceStatus.ACTIVE),
            new Clearance(
                ClearanceLevel.SC,
                LocalDate.of(2023, 5, 1),
                LocalDate.of(2028, 5, 1),
                ClearanceStatus.LAPSED));
    assertThat(imported.directory().membersOf("pnc-users")).containsExactly("aable", "bbaker");

    Grant g1 = imported.grants().get(0);
    assertThat(g1.categories()).isEmpty();
    assertThat(g1.type()).isEqualTo(AccessType.READ);
    assertThat(g1.purpose()).isEqualTo("Custody checks");
    assertThat(g1.grantedAt()).isEqualTo(Instant.parse("2024-03-31T23:00:00Z"));
    assertThat(g1.lastUsedAt()).isEqualTo(Instant.parse("2025-03-31T14:05:00Z"));
    Grant g2 = imported.grants().get(1);
    assertThat(g2.categories()).containsExactly("custody", "intel");
    assertThat(g2.grantedAt()).isEqualTo(Instant.parse("2024-04-01T08:00:00Z"));
    assertThat(imported.directory().effectiveGrants("bbaker"))
        .extracting(Grant::id)
        .containsExactly("g1");
  }

  @Test
  void headersMatchInAnyOrderCaseAndAliasWithUnknownColumnsIgnored() {
    DirectoryImport imported =
        read(
            "Notes;Kind;Principal ID;Pay Number\nx;USER;aable;1\ny;Group;team;\n",
            "Member\tGroup ID\naable\tteam\n",
            "Access Type,System Code,Grant ID,Holder,Granted On,Expiry\nRead,pnc,g1,team,2024-01-01,\n");

    assertThat(imported.directory().membersOf("team")).containsExactly("aable");
    assertThat(imported.directory().effectiveGrants("aable")).hasSize(1);
  }

  @Test
  void readsFilesFromDisk(@TempDir Path dir) throws Exception {
    Path principals = Files.writeString(dir.resolve("principals.csv"), "\uFEFF" + PRINCIPALS);
    Path memberships = Files.writeString(dir.resolve("memberships.csv"), MEMBERSHIPS);
    Path grants = Files.writeString(dir.resolve("grants.csv"), GRANTS.replace("\n", "\r\n"));

    DirectoryImport imported = new DirectoryCsvReader(LONDON).read(principals, memberships, grants);

    assertThat(imported.directory().grants()).hasSize(3);
  }

  @Test
  void missingRequiredColumnsAreNamedWithTheirFile() {
    assertThat(problems("id,pay_number\na,1\n", "group\n", GRANTS.replace("granted_at", "when")))
        .contains(
            "principals.csv: line 1, field 'kind': required column is missing: add a column"
                + " headed 'kind'",
            "memberships.csv: line 1, field 'member': required column is missing: add a column"
                + " headed 'member'",
            "grants.csv: line 1, field 'granted_at': required column is missing: add a column"
                + " headed 'granted_at'");
  }

  @Test
  void everyBadCellIsReportedByFileLineAndField() {
    String principals =
        PRINCIPALS
            + "bad id,user,,,,\n"
            + "ghost,wizard,,,,\n"
            + "sup2,supplier_staff,,,,\n"
            + "u9,user,,acme-it,,\n"
            + "g9,group,123,,NPPV3,\n"
            + "u10,user,,,XPPV9,maybe\n"
            + "u11,user,,,NPPV3:2024-02-30,\n";
    String grants =
        GRANTS
            + "g4,aable,PNC,,read,,,2024-01-01,,\n"
            + "g5,aable,pnc,,write,,,2024-01-01,,\n"
            + "g6,aable,pnc,,read,,,2024-01-01,2025-13-01,\n"
            + "g7,aable,pnc,,read,,,,,\n"
            + "g8,aable,pnc,,read,,,2024-06-01,2024-01-01,\n"
            + "g9,aable,pnc,Bad Cat,read,,,2024-01-01,,\n";

    List<String> problems = problems(principals, MEMBERSHIPS, grants);

    assertThat(problems)
        .containsExactly(
            "principals.csv: line 8, field 'id': is not a valid id: 1-256 characters without"
                + " spaces or control characters",
            "principals.csv: line 9, field 'kind': is not one of user, group, service_account,"
                + " supplier_staff",
            "principals.csv: line 10, field 'party': is empty: supplier staff must name their"
                + " supplier's register code",
            "principals.csv: line 11, field 'party': only supplier staff name a party, not a user",
            "principals.csv: line 12, field 'pay_number': a group has no pay number",
            "principals.csv: line 12, field 'clearances': a group holds no clearance",
            "principals.csv: line 13, field 'clearances': the level is not one of"
                + " RV, MV, NPPV1, NPPV2A, NPPV2F, NPPV3, BPSS, CTC, SC, eSC, DV, eDV",
            "principals.csv: line 13, field 'enabled': is not true or false",
            "principals.csv: line 14, field 'clearances': \"2024-02-30\" is not a date: write"
                + " 2024-01-31",
            "grants.csv: line 5, field 'system': must be a register system code: lower-case"
                + " letters, digits and hyphens",
            "grants.csv: line 6, field 'access': is not one of read, export, administer",
            "grants.csv: line 7, field 'expires': \"2025-13-01\" is not a date: write 2024-01-31",
            "grants.csv: line 8, field 'granted_at': is empty: a value is required",
            "grants.csv: line 9, field 'expires': is before granted_at: a grant cannot expire"
                + " before it was made",
            "grants.csv: line 10, field 'categories': category codes are lower-case letters,"
                + " digits and hyphens, separated by ;");
  }

  @Test
  void crossFileProblemsNameTheReferringLine() {
    String principals = PRINCIPALS + "aable,user,,,,\n";
    String memberships =
        MEMBERSHIPS + "nobody,aable\naable,bbaker\nintel,ghost\nintel,intel\n" + "intel,bbaker\n";
    String grants =
        GRANTS + "g1,aable,pnc,,read,,,2024-01-01,,\ng9,ghost,pnc,,read,,,2024-01-01,,\n";

    assertThat(problems(principals, memberships, grants))
        .containsExactly(
            "principals.csv: line 8, field 'id': the id is already used on line 2",
            "memberships.csv: line 5, field 'group': names no principal in principals.csv",
            "memberships.csv: line 6, field 'group': names a user, not a group",
            "memberships.csv: line 7, field 'member': names no principal in principals.csv",
            "memberships.csv: line 8, field 'member': a group cannot contain itself",
            "memberships.csv: line 9: the same membership is already on line 4",
            "grants.csv: line 5, field 'id': the grant id is already used on line 2",
            "grants.csv: line 6, field 'holder': names no principal in principals.csv");
  }

  @Test
  void badLinesAndFilesAreReported() {
    List<String> problems =
        problems(PRINCIPALS + "x,user,\"unclosed,,,\nonly,two\n", "", "id,holder\n\n");

    assertThat(problems)
        .contains(
            "principals.csv: line 8: a quoted value in column 3 is never closed",
            "principals.csv: line 9: has 2 values but the header names 6 columns",
            "memberships.csv: the file is empty: it needs a header row naming its columns");
  }

  @Test
  void aBadPrincipalRowIsNotReportedAgainWhereItIsNamed() {
    List<String> problems =
        problems(
            PRINCIPALS.replace("aable,user,100001", "aable,wizard,100001"), MEMBERSHIPS, GRANTS);

    assertThat(problems)
        .hasSize(1)
        .allMatch(p -> p.startsWith("principals.csv: line 2, field 'kind'"));
  }

  @Test
  void hostileFilesAreBounded() {
    DirectoryCsvReader reader = new DirectoryCsvReader(LONDON, 100, 3);
    String longLine = "u1,user," + "9".repeat(200) + ",,,\n";

    List<String> problems =
        problems(
            reader,
            "id,kind,pay_number,party,clearances,enabled\n" + longLine,
            "group,member\na,b\na,c\na,d\na,e\n",
            "x".repeat(500));

    assertThat(problems)
        .containsExactly(
            "principals.csv: line 2: the line is longer than 100 characters",
            "memberships.csv: line 5: the file has more than 3 rows, the most one import reads:"
                + " split the directory or remove stale entries",
            "grants.csv: line 1: the line is longer than 100 characters");
  }

  @Test
  void notUtf8IsReported() {
    CsvInput latin1 =
        new CsvInput(
            "principals.csv",
            () ->
                new java.io.ByteArrayInputStream(
                    "id,kind\nj\u00f6rg,user\n"
                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
    BadInputException refused =
        catchThrowableOfType(
            BadInputException.class,
            () ->
                new DirectoryCsvReader(LONDON)
                    .read(
                        latin1,
                        CsvInput.of("memberships.csv", MEMBERSHIPS),
                        CsvInput.of("grants.csv", GRANTS)));

    assertThat(refused.problems().get(0).describe())
        .isEqualTo("principals.csv: the file is not UTF-8 text: save or export it as UTF-8");
  }

  @Test
  void aMissingFileIsAProblemNotACrash(@TempDir Path dir) throws Exception {
    Path principals = Files.writeString(dir.resolve("principals.csv"), PRINCIPALS);
    Path memberships = Files.writeString(dir.resolve("memberships.csv"), MEMBERSHIPS);

    BadInputException refused =
        catchThrowableOfType(
            BadInputException.class,
            () ->
                new DirectoryCsvReader(LONDON)
                    .read(principals, memberships, dir.resolve("grants.csv")));

    assertThat(refused.problems())
        .extracting(InputProblem::describe)
        .containsExactly("grants.csv: no such file");
  }

  @Test
  void problemsNeverQuoteAName() {
    List<String> problems = problems(PRINCIPALS + "u1,John Smith,,,,\n", MEMBERSHIPS, GRANTS);

    assertThat(problems)
        .containsExactly(
            "principals.csv: line 8, field 'kind': is not one of user, group, service_account,"
                + " supplier_staff");
  }
}
