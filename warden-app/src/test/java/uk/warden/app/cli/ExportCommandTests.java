package uk.warden.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.warden.app.cli.CliRun.warden;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code warden export} and {@code warden trace} end to end on a generated force: an extract holds
 * only its agreement's columns plus canaries, is in the ledger with its file's SHA-256, and a
 * partial, shuffled copy with a column dropped is traced back to it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportCommandTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String PENSIONS = "agr-police-pensions";

  private Path dir;
  private String agreement;
  private String party;
  private List<String> permitted;

  @BeforeAll
  void aForce(@TempDir Path folder) {
    dir = folder;
    CliRun generated = warden("generate", "--people", "800", "--seed", "11", "--data", data());
    assertThat(generated.exit()).as(generated.err()).isEqualTo(ExitCodes.OK);
    CliRun listed = warden("list", "agreements", "--json", "--data", data());
    for (JsonNode a : JSON.readTree(listed.out())) {
      // Named members in batches of at most 500, names and pay numbers only: no approval needed.
      if (a.get("code").asString().equals(PENSIONS)) {
        permitted = new ArrayList<>();
        a.get("permittedCategories").forEach(c -> permitted.add(c.asString()));
        party = a.get("partyCode").asString();
        assertThat(a.get("extracts").get("people").asString()).isEqualTo("NAMED");
      }
    }
    assertThat(party).as("the demo force has the pensions agreement").isNotNull();
    assertThat(permitted).contains("user.workforce.pay_number", "user.name");
    agreement = PENSIONS;
  }

  @Test
  void anExtractHoldsOnlyWhatTheAgreementPermitsAndIsInTheLedger() throws Exception {
    Path out = dir.resolve("extract-all.csv");
    CliRun run =
        warden(
            "export",
            "--agreement",
            agreement,
            "--people",
            writePeople(300).toString(),
            "--out",
            out.toString(),
            "--data",
            data());
    assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.OK);
    List<CSVRecord> rows = csv(out);
    List<String> header = rows.get(0).toList();
    assertThat(header).contains("pay_number", "surname", "forenames");
    if (!permitted.contains("user.biometric.photo")) {
      assertThat(header).doesNotContain("photo_ref");
    }
    if (!permitted.contains("user.workforce.vetting_level")) {
      assertThat(header).doesNotContain("vetting_level");
    }
    String sha =
        HexFormat.of()
            .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(out)));
    assertThat(run.out()).contains("SHA-256 " + sha).contains("for " + party);

    var recorded =
        java.util.regex.Pattern.compile("Recorded as transfer (\\d+)").matcher(run.out());
    assertThat(recorded.find()).as(run.out()).isTrue();
    var people = java.util.regex.Pattern.compile(": ([\\d,]+) people").matcher(run.out());
    assertThat(people.find()).isTrue();
    // Canaries are in the file, not in the ledger: it records the real people only.
    assertThat(rows.size() - 1).isGreaterThan(Integer.parseInt(people.group(1).replace(",", "")));
    // The file was written at once: Warden keeps no copy of it to pile up.
    var made = java.util.regex.Pattern.compile("Extract (\\d+) for").matcher(run.out());
    assertThat(made.find()).isTrue();
    CliRun fetch =
        warden(
            "export",
            "fetch",
            made.group(1),
            "--out",
            dir.resolve("again.csv").toString(),
            "--data",
            data());
    assertThat(fetch.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(fetch.err()).contains("keeps no copy of extract");
    CliRun transfers = warden("transfer", "list", "--party", party, "--data", data());
    assertThat(transfers.out().lines())
        .anyMatch(
            l ->
                l.startsWith(recorded.group(1) + "\t")
                    && l.contains("\t" + people.group(1).replace(",", "") + "\tFILE\t"));
  }

  @Test
  void aPartialShuffledCopyWithAColumnDroppedIsTracedToItsExtract() throws Exception {
    List<String> some = people(120);
    Path list = Files.writeString(dir.resolve("some.txt"), String.join("\n", some) + "\n");
    Path first = dir.resolve("first.csv");
    Path second = dir.resolve("second.csv");
    for (Path out : List.of(first, second)) {
      CliRun run =
          warden(
              "export",
              "--agreement",
              agreement,
              "--people",
              list.toString(),
              "--out",
              out.toString(),
              "--data",
              data());
      assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.OK);
    }
    String secondId = extractId(warden("trace", second.toString(), "--data", data()));
    List<CSVRecord> rows = csv(second);
    List<String> header = rows.get(0).toList();
    int dropped = header.indexOf("forenames");
    List<List<String>> body = new ArrayList<>();
    for (CSVRecord r : rows.subList(1, rows.size())) {
      List<String> row = new ArrayList<>(r.toList());
      row.remove(dropped);
      body.add(row);
    }
    // Half the rows, in the order sent: canaries may or may not survive.
    List<List<String>> half = body.subList(0, body.size() / 2);
    Path leak = dir.resolve("leak.csv");
    Files.writeString(
        leak,
        half.stream().map(r -> String.join(",", r).toUpperCase()).collect(Collectors.joining("\n"))
            + "\n");

    CliRun traced = warden("trace", leak.toString(), "--data", data());
    assertThat(traced.out())
        .as(traced.out())
        .contains("TRACED")
        .contains("extract " + secondId + " (confidence");
    assertThat(traced.out()).contains("to " + party + " under " + agreement);
  }

  @Test
  void aSpreadsheetCopyWithColumnsReorderedAndOneDroppedIsTracedToItsExtract() throws Exception {
    Path out = dir.resolve("for-workbook.csv");
    CliRun made =
        warden(
            "export",
            "--agreement",
            agreement,
            "--people",
            writePeople(80).toString(),
            "--out",
            out.toString(),
            "--data",
            data());
    assertThat(made.exit()).as(made.err()).isEqualTo(ExitCodes.OK);
    var id = java.util.regex.Pattern.compile("Extract (\\d+) for").matcher(made.out());
    assertThat(id.find()).as(made.out()).isTrue();

    List<CSVRecord> rows = csv(out);
    List<String> header = new ArrayList<>(rows.get(0).toList());
    int dropped = header.indexOf("forenames");
    header.remove(dropped);
    Collections.reverse(header);
    List<List<String>> body = new ArrayList<>();
    for (CSVRecord r : rows.subList(1, rows.size())) {
      List<String> row = new ArrayList<>(r.toList());
      row.remove(dropped);
      Collections.reverse(row);
      body.add(row);
    }
    Path leak =
        Files.write(
            dir.resolve("leak-copy.xlsx"),
            uk.warden.app.exports.ExtractWorkbook.write(header, body));

    CliRun traced = warden("trace", leak.toString(), "--data", data());
    assertThat(traced.err()).doesNotContain("not a");
    assertThat(traced.out())
        .as(traced.out())
        .contains("TRACED")
        .contains("extract " + id.group(1) + " (confidence")
        .contains("to " + party + " under " + agreement);
  }

  @Test
  void theWholeFileCarriesItsCanariesAndIsABreachSignal() {
    Path out = dir.resolve("signal.csv");
    assertThat(
            warden(
                    "export",
                    "--agreement",
                    agreement,
                    "--people",
                    writePeople(40).toString(),
                    "--out",
                    out.toString(),
                    "--data",
                    data())
                .exit())
        .isEqualTo(ExitCodes.OK);
    CliRun traced = warden("trace", out.toString(), "--data", data());
    assertThat(traced.exit()).isEqualTo(ExitCodes.BLOCKING_FINDINGS);
    assertThat(traced.out()).contains("BREACH SIGNAL: canaries of extract");
    CliRun findings = warden("findings", "--rule", "canary-sighted", "--data", data());
    assertThat(findings.out()).as(findings.err()).contains("CRITICAL").contains(party);
    // The same file offered as an extract made elsewhere is a copy of the one sent: blocked.
    CliRun again =
        warden("export", "check", "--agreement", agreement, out.toString(), "--data", data());
    assertThat(again.exit()).isEqualTo(ExitCodes.BLOCKING_FINDINGS);
    assertThat(again.out()).contains("CANARY_SIGHTED").contains("sent to " + party);
  }

  @Test
  void unrelatedRowsTraceToNothing() throws IOException {
    Path other =
        Files.writeString(
            dir.resolve("other.csv"), "pay_number,surname\nZZ999001,Nobody\nZZ999002,Neither\n");
    CliRun traced = warden("trace", other.toString(), "--data", data());
    assertThat(traced.exit()).isEqualTo(ExitCodes.OK);
    assertThat(traced.out()).contains("UNKNOWN");
  }

  @Test
  void badInputIsNamedAndNothingIsRecorded() throws IOException {
    Path list = Files.writeString(dir.resolve("bad.txt"), "NOT-A-PERSON-1\n");
    Path out = dir.resolve("never.csv");
    CliRun unknownPerson =
        warden(
            "export",
            "--agreement",
            agreement,
            "--people",
            list.toString(),
            "--out",
            out.toString(),
            "--data",
            data());
    assertThat(unknownPerson.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(unknownPerson.err()).contains("NOT-A-PERSON-1");
    CliRun unknownAgreement =
        warden(
            "export",
            "--agreement",
            "no-such-agreement",
            "--out",
            out.toString(),
            "--data",
            data());
    assertThat(unknownAgreement.exit()).isNotEqualTo(ExitCodes.OK);
    assertThat(out).doesNotExist();
    CliRun missing = warden("trace", dir.resolve("missing.csv").toString(), "--data", data());
    assertThat(missing.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    // A broken workbook is refused, not read as text: noise that matches nobody reads as "not
    // ours".
    Path workbook =
        Files.write(dir.resolve("leak.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0, (byte) 0xC3, 0x28});
    CliRun binary = warden("trace", workbook.toString(), "--data", data());
    assertThat(binary.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(binary.err()).contains("leak.xlsx: is not a readable XLSX workbook");
  }

  @Test
  void anExtractMadeElsewhereIsCheckedAgainstItsAgreementAndRecordedWhenItPasses()
      throws IOException {
    List<String> some = people(5);
    StringBuilder ok = new StringBuilder("pay_number\n");
    some.forEach(p -> ok.append(p).append('\n'));
    Path fine = Files.writeString(dir.resolve("elsewhere-ok.csv"), ok);
    CliRun passed =
        warden(
            "export",
            "check",
            "--agreement",
            agreement,
            "--record",
            fine.toString(),
            "--data",
            data());
    assertThat(passed.exit()).as(passed.out() + passed.err()).isEqualTo(ExitCodes.OK);
    assertThat(passed.out())
        .contains(": PASS")
        .contains("Recorded as transfer")
        .contains("5 people to " + party);

    var headers =
        java.util.Map.of(
            "photo_ref", "user.biometric.photo",
            "vetting_level", "user.workforce.vetting_level",
            "warrant_number", "user.workforce.warrant_number",
            "specialist_roles", "user.workforce.role_sensitivity");
    String outside =
        headers.keySet().stream()
            .sorted()
            .filter(h -> !permitted.contains(headers.get(h)))
            .findFirst()
            .orElseThrow();
    StringBuilder wide = new StringBuilder("pay_number," + outside + "\n");
    for (String pay : some) {
      wide.append(pay).append(",X").append(pay.length()).append('\n');
    }
    wide.append("NOBODY-42,X1\n");
    Path tooMuch = Files.writeString(dir.resolve("elsewhere-wide.csv"), wide);
    CliRun blocked =
        warden(
            "export",
            "check",
            "--agreement",
            agreement,
            "--record",
            tooMuch.toString(),
            "--data",
            data());
    assertThat(blocked.exit()).isEqualTo(ExitCodes.BLOCKING_FINDINGS);
    assertThat(blocked.out())
        .contains(": BLOCK")
        .contains("PEOPLE_NOT_KNOWN")
        .doesNotContain("Recorded as transfer");
  }

  @Test
  void theAgreementsRulesDecideWhomHowManyAndInWhichFormat() throws IOException {
    Path out = dir.resolve("refused.csv");
    CliRun everyone =
        warden("export", "--agreement", agreement, "--out", out.toString(), "--data", data());
    assertThat(everyone.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(everyone.err()).contains("field 'people': is required");
    CliRun tooMany = export(agreement, writePeople(450 + 51), out);
    assertThat(tooMany.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(tooMany.err()).contains("501 people").contains("at most 500");
    CliRun zip = export(agreement, writePeople(3), dir.resolve("refused.zip"));
    assertThat(zip.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(zip.err()).contains("accepts csv, xlsx, not zip");
    CliRun noRules = export("agr-payroll", writePeople(3), out);
    assertThat(noRules.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(noRules.err()).contains("agr-payroll states no extract rules");
    // Rostering may have the custody unit's serving people only: someone else is named by row.
    List<String> some = people(40);
    CliRun outside =
        export(
            "agr-duty-rostering",
            Files.writeString(dir.resolve("rota.txt"), String.join("\n", some) + "\n"),
            out);
    assertThat(outside.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(outside.err()).contains("is outside the agreement's people rule");
    assertThat(out).doesNotExist();
    CliRun checked =
        warden(
            "export",
            "check",
            "--agreement",
            "agr-payroll",
            Files.writeString(dir.resolve("payroll.csv"), "pay_number\n" + some.get(0) + "\n")
                .toString(),
            "--data",
            data());
    assertThat(checked.exit()).isEqualTo(ExitCodes.BLOCKING_FINDINGS);
    assertThat(checked.out()).contains("NO_EXTRACT_RULES");
  }

  @Test
  void anExtractAboveTheThresholdIsHeldUntilASecondPersonApproves() {
    Path out = dir.resolve("cards.csv");
    CliRun held =
        warden("export", "--agreement", "agr-id-cards", "--out", out.toString(), "--data", data());
    assertThat(held.exit()).as(held.err()).isEqualTo(ExitCodes.OK);
    assertThat(held.out())
        .contains("Held for a second person's approval")
        .contains("the high-risk combination")
        .contains("Nothing was written");
    assertThat(out).doesNotExist();
    var id = java.util.regex.Pattern.compile("Extract (\\d+) for").matcher(held.out());
    assertThat(id.find()).isTrue();
    CliRun fetch =
        warden("export", "fetch", id.group(1), "--out", out.toString(), "--data", data());
    assertThat(fetch.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(fetch.err()).contains("is held: only a released extract's file can be fetched");
    assertThat(out).doesNotExist();
    CliRun listed = warden("export", "list", "--status", "HELD", "--data", data());
    assertThat(listed.out().lines())
        .anyMatch(l -> l.startsWith(id.group(1) + "\tagr-id-cards\t") && l.contains("\tHELD\t"))
        .allMatch(l -> l.startsWith("id\t") || l.contains("\tHELD\t"));
  }

  @Test
  void photosLeaveWithoutTheirMetadata() throws Exception {
    List<String> some = people(4);
    Path photos = dir.resolve("photos");
    Files.createDirectories(photos.resolve("photo"));
    byte[] original = jpegWithMetadata();
    for (String pay : some) {
      Files.write(photos.resolve("photo/" + pay + ".jpg"), original);
    }
    Path out = dir.resolve("cards.zip");
    // The card printer's extracts need approval (photos beside names); this force turns it off.
    System.setProperty("warden.exports.approval.high-risk", "false");
    System.setProperty("warden.exports.approval.official-sensitive", "false");
    CliRun run;
    try {
      run =
          warden(
              "export",
              "--agreement",
              "agr-id-cards",
              "--people",
              Files.writeString(dir.resolve("cards.txt"), String.join("\n", some)).toString(),
              "--photos",
              photos.toString(),
              "--out",
              out.toString(),
              "--data",
              data());
    } finally {
      System.clearProperty("warden.exports.approval.high-risk");
      System.clearProperty("warden.exports.approval.official-sensitive");
    }
    assertThat(run.exit()).as(run.err() + run.out()).isEqualTo(ExitCodes.OK);
    java.util.Map<String, byte[]> entries = new java.util.TreeMap<>();
    try (var zip = new java.util.zip.ZipInputStream(Files.newInputStream(out))) {
      for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        entries.put(e.getName(), zip.readAllBytes());
      }
    }
    assertThat(entries).containsKey("extract.csv");
    List<String> photoEntries =
        entries.keySet().stream().filter(n -> n.startsWith("photos/")).toList();
    assertThat(photoEntries).hasSize(4);
    for (String name : photoEntries) {
      byte[] sent = entries.get(name);
      String text = new String(sent, StandardCharsets.ISO_8859_1);
      assertThat(text).doesNotContain("51.5074N").doesNotContain("Exif").doesNotContain("Acme");
      var before = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(original));
      var after = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(sent));
      for (int x = 0; x < before.getWidth(); x++) {
        for (int y = 0; y < before.getHeight(); y++) {
          assertThat(after.getRGB(x, y)).isEqualTo(before.getRGB(x, y));
        }
      }
    }
    CliRun noPhotos =
        warden(
            "export",
            "--agreement",
            agreement,
            "--people",
            writePeople(3).toString(),
            "--out",
            dir.resolve("pensions.zip").toString(),
            "--data",
            data());
    assertThat(noPhotos.exit()).isEqualTo(ExitCodes.BAD_INPUT);
  }

  /** A small JPEG carrying an EXIF block and a comment that say where and on what it was taken. */
  private static byte[] jpegWithMetadata() throws IOException {
    var image = new java.awt.image.BufferedImage(16, 16, java.awt.image.BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 16; x++) {
      for (int y = 0; y < 16; y++) {
        image.setRGB(x, y, (x * 16) << 16 | (y * 16) << 8 | 0x40);
      }
    }
    var plain = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(image, "jpg", plain);
    byte[] jpeg = plain.toByteArray();
    byte[] exif =
        "Exif\0\0MM\0*\0\0\0\0Acme PhoneCam GPS 51.5074N".getBytes(StandardCharsets.ISO_8859_1);
    byte[] comment = "taken at 51.5074N 0.1278W".getBytes(StandardCharsets.ISO_8859_1);
    var out = new java.io.ByteArrayOutputStream();
    out.write(jpeg, 0, 2);
    segment(out, 0xE1, exif);
    segment(out, 0xFE, comment);
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }

  private static void segment(java.io.ByteArrayOutputStream out, int marker, byte[] body) {
    out.write(0xFF);
    out.write(marker);
    out.write((body.length + 2) >> 8);
    out.write((body.length + 2) & 0xFF);
    out.write(body, 0, body.length);
  }

  private CliRun export(String agreementCode, Path people, Path out) {
    return warden(
        "export",
        "--agreement",
        agreementCode,
        "--people",
        people.toString(),
        "--out",
        out.toString(),
        "--data",
        data());
  }

  private Path writePeople(int n) {
    try {
      return Files.writeString(
          dir.resolve("people-" + n + ".txt"), String.join("\n", people(n)) + "\n");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private List<String> people(int n) {
    CliRun all = warden("list", "people", "--data", data());
    List<String> pay =
        all.out()
            .lines()
            .filter(l -> l.contains("\tSERVING\t"))
            .map(l -> l.split("\t")[0])
            .collect(Collectors.toList());
    Collections.shuffle(pay, new Random(n));
    return pay.subList(0, n);
  }

  private static String extractId(CliRun traced) {
    var m = java.util.regex.Pattern.compile("extract (\\d+) \\(confidence").matcher(traced.out());
    assertThat(m.find()).as(traced.out()).isTrue();
    return m.group(1);
  }

  private static List<CSVRecord> csv(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT.parse(in).getRecords();
    }
  }

  private String data() {
    return dir.resolve("store").toString();
  }
}
