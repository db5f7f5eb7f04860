package uk.warden.bench.inspect;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The workbook of the XLSX benchmark: one sheet, a header row and then a row per person of an HR
 * extract, every one of its twenty columns filled with mixed cells as a force's systems export
 * them: identifiers (pay, collar and NI numbers, e-mail, mobile, vehicle), names, ranks and units
 * from short lists, dates with a date format, numbers (salary, hours, overtime, sickness days) and
 * a free-text note that sometimes holds an identifier. Text goes into the shared-strings table, as
 * Excel writes it.
 *
 * <p>Written with POI's streaming SXSSF writer, so a million-cell sheet costs little memory. The
 * cells are the same for the same rows and seed; the file's bytes are not quite (zip entry times).
 */
public final class PeopleWorkbook {

  public static final long SEED = 2023;
  public static final int COLUMNS = 20;

  /** The size: 100,000 people. */
  public static final int FULL_ROWS = 100_000;

  /** Enough rows for every column to be classified, written in well under a second. */
  public static final int SMOKE_ROWS = 2_000;

  static final String[] HEADERS = {
    "Pay Number",
    "Surname",
    "Forenames",
    "Rank",
    "Collar Number",
    "Unit",
    "Station",
    "Date of Birth",
    "Start Date",
    "NI Number",
    "Home Postcode",
    "Mobile",
    "Email",
    "Vetting",
    "Salary",
    "Contracted Hours",
    "Overtime Hours",
    "Sickness Days",
    "Vehicle",
    "Notes"
  };

  private static final String[] FORENAMES = {
    "John", "Sarah", "David", "Emma", "Michael", "Laura", "James", "Rachel", "Mohammed", "Aisha",
    "Paul", "Claire", "Daniel", "Sophie", "Thomas", "Megan", "Gareth", "Siân", "Oliver", "Priya",
    "Connor", "Niamh", "Lewis", "Hannah", "Adam", "Fatima", "Kevin", "Joanne", "Stephen", "Amy",
    "Robert", "Helen", "Mark", "Nicola", "Andrew", "Kirsty", "Ian", "Zoë", "Sean", "Grace"
  };
  private static final String[] SURNAMES = {
    "Smith",
    "Jones",
    "Patel",
    "Taylor",
    "Brown",
    "Khan",
    "Williams",
    "Wilson",
    "Evans",
    "Davies",
    "O'Brien",
    "Murphy",
    "Clarke",
    "Hughes",
    "Walker",
    "Wright",
    "Thompson",
    "Robinson",
    "Ahmed",
    "Begum",
    "McDonald",
    "Kowalski",
    "Okafor",
    "Nguyen",
    "Campbell",
    "Stewart",
    "Lewis",
    "Price",
    "Roberts",
    "Edwards",
    "Green",
    "Hall",
    "Wood",
    "Jackson",
    "Hill",
    "Morris",
    "Ward",
    "Cox"
  };
  private static final String[] RANKS = {
    "Police Constable", "Police Constable", "Police Constable", "Police Constable", "Sergeant",
    "Sergeant", "Inspector", "Chief Inspector", "Superintendent", "Detective Constable",
    "Detective Sergeant", "PCSO", "Special Constable", "Police Staff"
  };
  private static final String[] UNITS = {
    "Response Team 1",
    "Response Team 2",
    "Response Team 3",
    "Neighbourhood Policing",
    "CID",
    "Roads Policing",
    "Custody",
    "Public Protection",
    "Professional Standards",
    "Force Control Room",
    "Firearms",
    "Dog Section",
    "Training",
    "Intelligence"
  };
  private static final String[] STATIONS = {
    "Carlisle",
    "Penrith",
    "Kendal",
    "Workington",
    "Barrow",
    "Whitehaven",
    "Keswick",
    "Ulverston",
    "Maryport",
    "Cockermouth",
    "Wigton",
    "Appleby"
  };
  private static final String[] OUTWARD = {
    "CA1", "CA2", "CA3", "CA11", "LA9", "LA12", "LA14", "CA14", "CA28", "CA12", "CA13", "CA7"
  };
  private static final String[] VETTING = {"RV", "MV", "NPPV2", "NPPV3", "SC", "CTC"};
  private static final String[] NOTES = {
    "Annual leave booked for the summer",
    "Return to work interview completed",
    "Moved from response after the review",
    "Awaiting renewal of vetting",
    "On restricted duties pending occupational health",
    "Completed public order training",
    "Part-time working agreed with line manager",
    "Secondment to regional organised crime unit",
    "Tutor constable for new recruits",
    "Flexible working request under consideration",
    "No change",
    "Permit for the station car park issued"
  };
  private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
  private static final String NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ";
  private static final String NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ";
  private static final String PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUVWXY";

  private final SplittableRandom random;

  private PeopleWorkbook(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** Writes {@code rows} people (plus the header row) to {@code file}. */
  public static void write(Path file, int rows, long seed) throws IOException {
    new PeopleWorkbook(seed).writeTo(file, rows);
  }

  private void writeTo(Path file, int rows) throws IOException {
    // Shared strings, as Excel writes text; 200 rows in memory at a time.
    SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, false, true);
    try {
      // A fixed creation time keeps the properties part the same from run to run.
      workbook
          .getXSSFWorkbook()
          .getProperties()
          .getCoreProperties()
          .setCreated(Optional.of(new Date(1_700_000_000_000L)));
      DataFormat formats = workbook.createDataFormat();
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(formats.getFormat("dd/mm/yyyy"));
      CellStyle money = workbook.createCellStyle();
      money.setDataFormat(formats.getFormat("#,##0"));
      CellStyle decimal = workbook.createCellStyle();
      decimal.setDataFormat(formats.getFormat("0.0"));
      SXSSFSheet sheet = workbook.createSheet("Staff");
      Row header = sheet.createRow(0);
      for (int c = 0; c < COLUMNS; c++) {
        header.createCell(c).setCellValue(HEADERS[c]);
      }
      for (int r = 1; r <= rows; r++) {
        person(sheet.createRow(r), date, money, decimal);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
    } finally {
      workbook.dispose();
      workbook.close();
    }
  }

  private void person(Row row, CellStyle date, CellStyle money, CellStyle decimal) {
    String forename = pick(FORENAMES);
    String surname = pick(SURNAMES);
    String rank = pick(RANKS);
    text(row, 0, String.valueOf(100_000 + random.nextInt(900_000)));
    text(row, 1, surname);
    text(row, 2, random.nextInt(5) == 0 ? forename + " " + pick(FORENAMES) : forename);
    text(row, 3, rank);
    row.createCell(4).setCellValue(100 + random.nextInt(9900));
    text(row, 5, pick(UNITS));
    text(row, 6, pick(STATIONS));
    dated(row, 7, LocalDate.of(1960, 1, 1).plusDays(random.nextInt(16_000)), date);
    dated(row, 8, LocalDate.of(1990, 1, 1).plusDays(random.nextInt(12_000)), date);
    text(row, 9, nino());
    text(
        row,
        10,
        pick(OUTWARD) + " " + random.nextInt(10) + letter(INWARD_LETTERS) + letter(INWARD_LETTERS));
    text(
        row,
        11,
        "07"
            + (4 + random.nextInt(6))
            + (10 + random.nextInt(90))
            + " "
            + (100_000 + random.nextInt(900_000)));
    text(row, 12, email(forename, surname));
    text(row, 13, pick(VETTING));
    Cell salary = row.createCell(14);
    salary.setCellValue(24_000 + random.nextInt(70_000));
    salary.setCellStyle(money);
    Cell hours = row.createCell(15);
    hours.setCellValue(random.nextInt(4) == 0 ? 22.5 + random.nextInt(10) : 40.0);
    hours.setCellStyle(decimal);
    Cell overtime = row.createCell(16);
    overtime.setCellValue(random.nextInt(400) / 4.0);
    overtime.setCellStyle(decimal);
    row.createCell(17).setCellValue(random.nextInt(3) == 0 ? random.nextInt(30) : 0);
    text(row, 18, plate());
    text(row, 19, note());
  }

  private String note() {
    String note = pick(NOTES);
    int roll = random.nextInt(20);
    if (roll == 0) {
      return "Next of kin contact 07700 900" + (100 + random.nextInt(900));
    }
    if (roll == 1) {
      return "New address from "
          + LocalDate.of(2024, 1, 1).plusDays(random.nextInt(300))
          + ", "
          + pick(OUTWARD)
          + " "
          + random.nextInt(10)
          + letter(INWARD_LETTERS)
          + letter(INWARD_LETTERS);
    }
    if (roll == 2) {
      return "Line manager " + pick(FORENAMES) + " " + pick(SURNAMES);
    }
    return note;
  }

  private String nino() {
    return ""
        + letter(NINO_FIRST)
        + letter(NINO_SECOND)
        + (100_000 + random.nextInt(900_000))
        + (char) ('A' + random.nextInt(4));
  }

  private String email(String forename, String surname) {
    String local =
        (forename + "." + surname)
            .toLowerCase(Locale.ROOT)
            .replace("'", "")
            .replace("â", "a")
            .replace("ë", "e");
    return local
        + (random.nextInt(4) == 0 ? String.valueOf(random.nextInt(100)) : "")
        + "@cumbria.police.uk";
  }

  private String plate() {
    int age = random.nextBoolean() ? 2 + random.nextInt(23) : 51 + random.nextInt(23);
    return ""
        + letter(PLATE_LETTERS)
        + letter(PLATE_LETTERS)
        + (age < 10 ? "0" + age : age)
        + " "
        + letter(PLATE_LETTERS)
        + letter(PLATE_LETTERS)
        + letter(PLATE_LETTERS);
  }

  private static void text(Row row, int column, String value) {
    row.createCell(column).setCellValue(value);
  }

  private static void dated(Row row, int column, LocalDate value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }

  private char letter(String letters) {
    return letters.charAt(random.nextInt(letters.length()));
  }
}
