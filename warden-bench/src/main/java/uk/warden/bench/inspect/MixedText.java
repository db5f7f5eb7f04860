package uk.warden.bench.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import uk.warden.inspect.format.text.TextChunker;

/**
 * Deterministic mixed text for the detector benchmark, the kind of thing a force sends out: case
 * notes and correspondence (most of it), CSV extracts of people, server log lines, e-mail
 * signatures and the odd configuration snippet. Identifiers of every kind the detectors know are
 * sprinkled in with the words that usually come with them (names after titles and ranks, NINOs, NHS
 * numbers, postcodes, phone numbers, e-mail addresses, card numbers, sort codes, vehicle
 * registrations, pay and collar numbers, dates of birth, IP addresses, secrets), beside look-alikes
 * that are not personal data (order references, ordinary dates, times, version numbers, sums of
 * money), so that validation and context have work to do. About one prose token in twenty-five is
 * an identifier or a look-alike.
 *
 * <p>Every number is drawn at random (card numbers pass Luhn, NHS numbers pass mod 11, so both are
 * fully validated), so no cache in a detector sees the same value twice in a row. Addresses are
 * from RFC 5737 and private ranges, phone numbers mostly Ofcom's drama ranges or random mobiles. A
 * few characters are outside ASCII ("£", "Siân"), as in real British text. The same size and seed
 * always give the same text.
 */
public final class MixedText {

  /** The seed every run uses, so figures compare across runs. */
  public static final long SEED = 2023;

  private static final String[] WORDS = {
    "the",
    "officer",
    "attended",
    "and",
    "report",
    "was",
    "made",
    "to",
    "of",
    "in",
    "a",
    "on",
    "force",
    "review",
    "incident",
    "response",
    "team",
    "with",
    "for",
    "by",
    "vehicle",
    "station",
    "custody",
    "records",
    "system",
    "supplier",
    "data",
    "request",
    "disclosure",
    "information",
    "under",
    "section",
    "act",
    "unit",
    "training",
    "shift",
    "duty",
    "at",
    "from",
    "after",
    "before",
    "public",
    "meeting",
    "agreed",
    "action",
    "update",
    "pending",
    "complete",
    "received",
    "statement",
    "witness",
    "victim",
    "evidence",
    "file",
    "case",
    "lessons",
    "learned",
    "management",
    "policy",
    "risk",
    "assessment",
    "partner",
    "agency",
    "council",
    "road",
    "area",
    "neighbourhood",
    "patrol",
    "call",
    "handling",
    "control",
    "room",
    "logged",
    "closed",
    "open",
    "is",
    "it",
    "that",
    "this",
    "not",
    "be",
    "are",
    "have",
    "has",
    "will",
    "should",
    "can",
    "all",
    "any",
    "each",
    "other",
    "total",
    "per",
    "month",
    "year",
    "week",
    "day",
    "time",
    "address",
    "home",
    "contact",
    "details",
    "confirmed",
    "spoke",
    "advised",
    "further",
    "enquiries",
    "outstanding",
    "believed",
    "reported",
    "missing",
    "person",
    "property",
    "damage",
    "theft",
    "burglary",
    "suspect",
    "arrested",
    "interview",
    "charged",
    "bail",
    "conditions",
    "court",
    "hearing",
    "adjourned",
    "safeguarding",
    "referral",
    "concern",
    "welfare",
    "check",
    "visit",
    "premises",
    "keys",
    "alarm",
    "footage",
    "reviewed",
    "no",
    "further",
    "action",
    "number"
  };
  private static final String[] CAPITALISED = {
    "The",
    "Force",
    "Review",
    "Monday",
    "Tuesday",
    "Friday",
    "March",
    "April",
    "September",
    "London",
    "Manchester",
    "Cumbria",
    "Leeds",
    "Operation",
    "Digital",
    "Custody",
    "Professional",
    "Standards",
    "Department",
    "Home",
    "Office",
    "College",
    "Policing",
    "Crown",
    "Prosecution",
    "Service",
    "Information",
    "Commissioner",
    "North",
    "Yorkshire",
    "Thames",
    "Valley",
    "Council",
    "Housing",
    "Association",
    "Crime",
    "Team",
    "Court",
    "Magistrates",
    "Victim",
    "Support"
  };
  private static final String[] FORENAMES = {
    "John", "Sarah", "David", "Emma", "Michael", "Laura", "James", "Rachel", "Mohammed", "Aisha",
    "Paul", "Claire", "Daniel", "Sophie", "Thomas", "Megan", "Gareth", "Siân", "Oliver", "Priya",
    "Connor", "Niamh", "Lewis", "Hannah", "Adam", "Fatima", "Kevin", "Joanne", "Stephen", "Amy"
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
    "Price"
  };
  private static final String[] TITLES = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Mr", "Mrs"};
  private static final String[] RANKS = {
    "PC",
    "DC",
    "PS",
    "DS",
    "Sgt",
    "Insp",
    "DI",
    "DCI",
    "Supt",
    "Inspector",
    "Sergeant",
    "Detective Constable",
    "Chief Inspector"
  };

  /** Real postcode districts (the detector rejects areas that do not exist). */
  private static final String[] OUTWARD = {
    "SW1A", "EC1A", "W1A", "M1", "B33", "CR2", "DN55", "LS1", "CA1", "NE4", "BS8", "CF10", "G12",
    "EH1", "BT7", "YO31", "OX4", "RG1", "NW3", "SE15", "L8", "S10", "NG7", "PL4"
  };

  private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
  private static final String NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ";
  private static final String NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ";
  private static final String PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUVWXY";

  private final SplittableRandom random;
  private final StringBuilder out;

  private MixedText(int chars, long seed) {
    this.random = new SplittableRandom(seed);
    this.out = new StringBuilder(chars + 4096);
  }

  /** {@code chars} characters of mixed text, the same for the same size and seed. */
  public static String generate(int chars, long seed) {
    MixedText text = new MixedText(chars, seed);
    while (text.out.length() < chars) {
      int block = text.random.nextInt(100);
      if (block < 70) {
        text.paragraph();
      } else if (block < 80) {
        text.tableRows();
      } else if (block < 90) {
        text.logLines();
      } else if (block < 97) {
        text.signature();
      } else {
        text.configuration();
      }
    }
    return text.out.substring(0, chars);
  }

  /**
   * The text cut as the plain-text reader cuts a file before the inspector scans it: pieces of
   * about 64 K characters at line ends ({@link TextChunker}).
   */
  public static List<String> pieces(String text) {
    List<String> pieces = new ArrayList<>();
    TextChunker chunker = new TextChunker((first, last, piece) -> pieces.add(piece));
    chunker.feed(text);
    chunker.finish();
    return pieces;
  }

  private void paragraph() {
    int sentences = 3 + random.nextInt(6);
    for (int s = 0; s < sentences; s++) {
      sentence();
    }
    out.append("\n\n");
  }

  private void sentence() {
    out.append(pick(CAPITALISED));
    int words = 8 + random.nextInt(16);
    for (int w = 0; w < words; w++) {
      out.append(' ');
      int roll = random.nextInt(200);
      if (roll < 16) {
        out.append(pick(CAPITALISED));
      } else if (roll < 24) {
        out.append(random.nextInt(roll < 20 ? 100 : 5000));
      } else if (roll < 27) {
        lookAlike();
      } else if (roll < 31) {
        person();
      } else if (roll < 35) {
        identifierInProse();
      } else {
        out.append(pick(WORDS));
      }
    }
    out.append(random.nextInt(4) == 0 ? ", " : ". ");
  }

  /** A name as prose has them: after a title or rank, or a forename and surname. */
  private void person() {
    switch (random.nextInt(4)) {
      case 0 -> out.append(pick(TITLES)).append(' ').append(pick(FORENAMES)).append(' ');
      case 1 -> out.append(pick(TITLES)).append(' ').append(initial()).append(". ");
      case 2 -> out.append(pick(RANKS)).append(' ');
      default -> out.append(pick(FORENAMES)).append(' ');
    }
    out.append(pick(SURNAMES));
  }

  private void identifierInProse() {
    switch (random.nextInt(14)) {
      case 0 -> out.append("contact on ").append(phone());
      case 1 -> out.append("NI number ").append(nino());
      case 2 -> out.append("NHS number ").append(nhsNumber());
      case 3 -> out.append("email ").append(email());
      case 4 -> out.append("at ").append(postcode());
      case 5 -> out.append("vehicle ").append(plate());
      case 6 -> out.append(random.nextBoolean() ? "collar number " : "PC ").append(collar());
      case 7 -> out.append("pay number ").append(payNumber());
      case 8 -> out.append(random.nextBoolean() ? "date of birth " : "DOB ").append(birthDate());
      case 9 -> out.append("sort code ").append(sortCode());
      case 10 -> out.append("card ").append(cardNumber());
      case 11 -> out.append("from ").append(ipv4());
      case 12 -> out.append("door code is ").append(1000 + random.nextInt(9000)).append('#');
      default -> out.append("account number ").append(digits(8));
    }
  }

  /** Shapes that are not personal data, for validation and context to reject. */
  private void lookAlike() {
    switch (random.nextInt(8)) {
      case 0 -> out.append("order ref ").append(digits(10));
      case 1 -> out.append("on ").append(date(2019, 6));
      case 2 -> out.append("at ").append(10 + random.nextInt(12)).append(':').append(pad2(60));
      case 3 ->
          out.append("version ")
              .append(1 + random.nextInt(5))
              .append('.')
              .append(random.nextInt(10))
              .append('.')
              .append(random.nextInt(20));
      case 4 ->
          out.append("£")
              .append(1 + random.nextInt(99))
              .append(',')
              .append(100 + random.nextInt(900))
              .append(".00");
      case 5 -> out.append("page ").append(1 + random.nextInt(300));
      case 6 -> out.append("invoice ").append(digits(8));
      default -> out.append(random.nextInt(100)).append('%');
    }
  }

  private void tableRows() {
    out.append(
        "surname,forename,rank,collar,pay_number,date_of_birth,ni_number,postcode,phone,email\n");
    int rows = 3 + random.nextInt(15);
    for (int r = 0; r < rows; r++) {
      String forename = pick(FORENAMES);
      String surname = pick(SURNAMES);
      out.append(surname).append(',').append(forename).append(',').append(pick(RANKS)).append(',');
      out.append(collar()).append(',').append(payNumber()).append(',').append(birthDate());
      out.append(',').append(nino()).append(',').append(postcode()).append(',').append(phone());
      out.append(',').append(email(forename, surname)).append('\n');
    }
    out.append('\n');
  }

  private void logLines() {
    int lines = 5 + random.nextInt(15);
    for (int l = 0; l < lines; l++) {
      out.append("2024-").append(pad(1 + random.nextInt(12)));
      out.append('-').append(pad(1 + random.nextInt(28))).append('T').append(pad2(24));
      out.append(':').append(pad2(60)).append(':').append(pad2(60)).append("Z INFO ");
      out.append(random.nextInt(20) == 0 ? ipv6() : ipv4()).append(" GET /api/v1/people/");
      out.append(random.nextInt(100_000)).append(" 200 ").append(random.nextInt(900));
      out.append("ms user=").append(random.nextInt(5000)).append(" session=");
      out.append(Long.toHexString(random.nextLong())).append('\n');
    }
    out.append('\n');
  }

  private void signature() {
    String forename = pick(FORENAMES);
    String surname = pick(SURNAMES);
    out.append("Kind regards,\n").append(pick(RANKS)).append(' ').append(forename).append(' ');
    out.append(surname).append(' ').append(collar()).append('\n').append(pick(CAPITALISED));
    out.append(" Unit, ").append(pick(CAPITALISED)).append(" Police\nTel: ").append(phone());
    out.append("\nEmail: ").append(email(forename, surname));
    out.append("\nOFFICIAL-SENSITIVE. This e-mail and any attachments are confidential.\n\n");
  }

  private void configuration() {
    out.append("# supplier connection settings\nhost=").append(ipv4()).append('\n');
    switch (random.nextInt(3)) {
      case 0 -> out.append("password=").append(token(12)).append('\n');
      case 1 -> out.append("api_key: ").append(token(32)).append('\n');
      default -> out.append("PIN ").append(1000 + random.nextInt(9000)).append('\n');
    }
    out.append("timeout=").append(30 + random.nextInt(90)).append("\n\n");
  }

  private String phone() {
    int roll = random.nextInt(10);
    if (roll < 3) {
      return "020 7946 0" + (100 + random.nextInt(900));
    }
    if (roll < 5) {
      return "07700 900" + (100 + random.nextInt(900));
    }
    if (roll < 6) {
      return "+44 7" + (400 + random.nextInt(600)) + " " + (100000 + random.nextInt(900000));
    }
    return "07" + (4 + random.nextInt(6)) + (10 + random.nextInt(90)) + " " + digits(6);
  }

  private String nino() {
    String prefix = "" + pick(NINO_FIRST) + pick(NINO_SECOND);
    String suffix = String.valueOf((char) ('A' + random.nextInt(4)));
    return random.nextBoolean()
        ? prefix + " " + digits(2) + " " + digits(2) + " " + digits(2) + " " + suffix
        : prefix + digits(6) + suffix;
  }

  /** Ten digits passing the NHS mod-11 check, grouped 3-3-4. */
  private String nhsNumber() {
    while (true) {
      int[] d = new int[10];
      int sum = 0;
      for (int i = 0; i < 9; i++) {
        d[i] = i == 0 ? 4 + random.nextInt(6) : random.nextInt(10);
        sum += d[i] * (10 - i);
      }
      int check = 11 - sum % 11;
      if (check == 10) {
        continue;
      }
      d[9] = check == 11 ? 0 : check;
      StringBuilder number = new StringBuilder(12);
      for (int i = 0; i < 10; i++) {
        number.append(d[i]);
        if (i == 2 || i == 5) {
          number.append(' ');
        }
      }
      return number.toString();
    }
  }

  /** Sixteen digits starting 4 (Visa) passing Luhn, in groups of four. */
  private String cardNumber() {
    int[] d = new int[16];
    d[0] = 4;
    for (int i = 1; i < 15; i++) {
      d[i] = random.nextInt(10);
    }
    int sum = 0;
    for (int i = 0; i < 15; i++) {
      int v = d[i];
      // Doubling falls on every second digit counted from the check digit: positions 0, 2, ... 14.
      if (i % 2 == 0) {
        v *= 2;
        if (v > 9) {
          v -= 9;
        }
      }
      sum += v;
    }
    d[15] = (10 - sum % 10) % 10;
    StringBuilder number = new StringBuilder(19);
    for (int i = 0; i < 16; i++) {
      if (i > 0 && i % 4 == 0) {
        number.append(' ');
      }
      number.append(d[i]);
    }
    return number.toString();
  }

  private String email() {
    return email(pick(FORENAMES), pick(SURNAMES));
  }

  private String email(String forename, String surname) {
    String local = (forename + "." + surname).toLowerCase(java.util.Locale.ROOT);
    local = local.replace("'", "").replace("â", "a");
    return random.nextInt(3) == 0
        ? local + random.nextInt(100) + "@example.co.uk"
        : local + "@force.police.uk";
  }

  private String postcode() {
    return pick(OUTWARD) + " " + random.nextInt(10) + pick(INWARD_LETTERS) + pick(INWARD_LETTERS);
  }

  /** A current-format plate: area letters, age identifier, three random letters. */
  private String plate() {
    int age = random.nextBoolean() ? 2 + random.nextInt(23) : 51 + random.nextInt(23);
    return ""
        + pick(PLATE_LETTERS)
        + pick(PLATE_LETTERS)
        + pad(age)
        + " "
        + pick(PLATE_LETTERS)
        + pick(PLATE_LETTERS)
        + pick(PLATE_LETTERS);
  }

  private String collar() {
    return String.valueOf(100 + random.nextInt(9900));
  }

  private String payNumber() {
    return random.nextInt(4) == 0 ? "MP" + digits(6) : digits(6);
  }

  private String sortCode() {
    return digits(2) + "-" + digits(2) + "-" + digits(2);
  }

  /** A birth date giving an age the detector accepts (1950-2005), day first. */
  private String birthDate() {
    return date(1950, 55);
  }

  private String date(int fromYear, int years) {
    return pad(1 + random.nextInt(28))
        + "/"
        + pad(1 + random.nextInt(12))
        + "/"
        + (fromYear + random.nextInt(years));
  }

  private String ipv4() {
    return switch (random.nextInt(4)) {
      case 0 -> "192.0.2." + random.nextInt(255);
      case 1 -> "198.51.100." + random.nextInt(255);
      case 2 ->
          "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
      default -> "203.0.113." + random.nextInt(255);
    };
  }

  private String ipv6() {
    return "2001:db8:"
        + Integer.toHexString(random.nextInt(65536))
        + "::"
        + Integer.toHexString(1 + random.nextInt(65535));
  }

  private String token(int length) {
    String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    StringBuilder token = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      token.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return token.toString();
  }

  private String digits(int count) {
    StringBuilder digits = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      digits.append((char) ('0' + random.nextInt(10)));
    }
    return digits.toString();
  }

  private char initial() {
    return (char) ('A' + random.nextInt(26));
  }

  private String pad2(int bound) {
    return pad(random.nextInt(bound));
  }

  private static String pad(int value) {
    return value < 10 ? "0" + value : String.valueOf(value);
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }

  private char pick(String letters) {
    return letters.charAt(random.nextInt(letters.length()));
  }
}
