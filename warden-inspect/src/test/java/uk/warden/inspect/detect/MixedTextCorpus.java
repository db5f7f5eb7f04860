package uk.warden.inspect.detect;

import java.util.SplittableRandom;

/**
 * Deterministic mixed text for measuring the detectors: prose about police business, CSV table rows
 * of workforce data, log lines and e-mail footers, with identifiers sprinkled in. Two mixes: {@link
 * Mix#DOCUMENTS}, the default, is mostly prose (correspondence, reports, disclosure responses);
 * {@link Mix#EXPORTS} is mostly tables of people, as in the HR extract behind the PSNI breach.
 * Every identifier is synthetic or a published test value (Ofcom drama numbers, RFC 5737 addresses,
 * payment test cards). The same seed, size and mix always give the same text, so benchmark runs
 * compare like with like.
 *
 * <p>Plain Java with no test-framework dependency, so the JMH module can reuse it.
 */
public final class MixedTextCorpus {

  /** The size the speed measurement uses: about 20 MB of text. */
  public static final int TWENTY_MB = 20 * 1024 * 1024;

  /** What the text is mostly made of. */
  public enum Mix {
    /** Mostly prose, a few tables; in prose about one word in twenty is personal data. */
    DOCUMENTS(new int[] {16, 2, 1, 1}, new int[] {8, 6, 1, 1, 1, 1, 1}),
    /** Mostly tables of people with names, ranks, collar and pay numbers, contacts and NINOs. */
    EXPORTS(new int[] {5, 11, 2, 2}, new int[] {8, 6, 2, 1, 1, 1, 3});

    /** Weights of paragraphs, tables, log lines and e-mail footers. */
    private final int[] blocks;

    /**
     * Percentages of a prose word being capitalised, a number, a rank and surname, a forename and
     * surname, a date, a version number, an identifier after its keyword; the rest are plain words.
     */
    private final int[] words;

    Mix(int[] blocks, int[] words) {
      this.blocks = blocks;
      this.words = words;
    }
  }

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
    "review",
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
    "number",
    "total",
    "per",
    "month",
    "year",
    "week",
    "day",
    "time"
  };
  private static final String[] CAPITALISED = {
    "The",
    "Force",
    "Review",
    "Monday",
    "Tuesday",
    "March",
    "April",
    "London",
    "Manchester",
    "Cumbria",
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
    "Chief",
    "Information",
    "Commissioner",
    "North",
    "Yorkshire",
    "Thames",
    "Valley",
    "Sergeant",
    "Inspector"
  };
  private static final String[] FORENAMES = {
    "John",
    "Sarah",
    "David",
    "Emma",
    "Michael",
    "Laura",
    "James",
    "Rachel",
    "Mohammed",
    "Aisha",
    "Paul",
    "Claire",
    "Daniel",
    "Sophie",
    "Thomas",
    "Megan"
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
    "Wright"
  };
  private static final String[] RANKS = {"PC", "DC", "Sgt", "DS", "Insp", "DCI", "Supt", "PS"};
  private static final String[] POSTCODES = {
    "SW1A 1AA", "EC1A 1BB", "W1A 0AX", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "LS1 4AP"
  };
  private static final String[] NINO_PREFIXES = {"AB", "CE", "HJ", "JK", "LM", "PR", "SW", "YZ"};

  private final SplittableRandom random;
  private final StringBuilder out;
  private final Mix mix;

  private MixedTextCorpus(long seed, int capacity, Mix mix) {
    this.random = new SplittableRandom(seed);
    this.out = new StringBuilder(capacity + 1024);
    this.mix = mix;
  }

  /** {@code chars} characters of {@link Mix#DOCUMENTS} text, the same for the same seed. */
  public static String generate(int chars, long seed) {
    return generate(chars, seed, Mix.DOCUMENTS);
  }

  /** {@code chars} characters of text of the given mix, the same for the same seed. */
  public static String generate(int chars, long seed, Mix mix) {
    MixedTextCorpus corpus = new MixedTextCorpus(seed, chars, mix);
    while (corpus.out.length() < chars) {
      switch (corpus.choose(mix.blocks)) {
        case 0 -> corpus.paragraph();
        case 1 -> corpus.tableRows();
        case 2 -> corpus.logLines();
        default -> corpus.footer();
      }
    }
    return corpus.out.substring(0, chars);
  }

  /** An index drawn with the given weights. */
  private int choose(int[] weights) {
    int total = 0;
    for (int weight : weights) {
      total += weight;
    }
    int roll = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      roll -= weights[i];
      if (roll < 0) {
        return i;
      }
    }
    return weights.length - 1;
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
    int words = 8 + random.nextInt(14);
    for (int w = 0; w < words; w++) {
      out.append(' ');
      int[] percent = mix.words;
      int roll = random.nextInt(100);
      if ((roll -= percent[0]) < 0) {
        out.append(pick(CAPITALISED));
      } else if ((roll -= percent[1]) < 0) {
        out.append(random.nextInt(2000));
      } else if ((roll -= percent[2]) < 0) {
        out.append(pick(RANKS)).append(' ').append(pick(SURNAMES));
      } else if ((roll -= percent[3]) < 0) {
        out.append(pick(FORENAMES)).append(' ').append(pick(SURNAMES));
      } else if ((roll -= percent[4]) < 0) {
        date();
      } else if ((roll -= percent[5]) < 0) {
        out.append(random.nextInt(10) < 5 ? "1.2.3" : "v2");
      } else if ((roll - percent[6]) < 0) {
        identifierInProse();
      } else {
        out.append(pick(WORDS));
      }
    }
    out.append(random.nextInt(4) == 0 ? ", " : ". ");
  }

  private void identifierInProse() {
    switch (random.nextInt(12)) {
      case 0 -> out.append("contact on ").append(phone());
      case 1 -> out.append("NI number ").append(nino());
      case 2 -> out.append("NHS number ").append(nhsNumber());
      case 3 -> out.append("email ").append(email());
      case 4 -> out.append("postcode ").append(pick(POSTCODES));
      case 5 -> out.append("vehicle ").append(plate());
      case 6 -> out.append("collar number ").append(100 + random.nextInt(9000));
      case 7 -> out.append("pay number ").append(100000 + random.nextInt(900000));
      case 8 -> out.append("date of birth ");
      case 9 -> out.append("sort code 40-47-").append(10 + random.nextInt(90));
      case 10 -> out.append("door code is ").append(1000 + random.nextInt(9000)).append('#');
      default -> out.append("card 4242 4242 4242 4242");
    }
    if (out.charAt(out.length() - 1) == ' ') {
      date();
    }
  }

  private void tableRows() {
    out.append("surname,forename,rank,collar,pay_number,phone,email,postcode,ni_number,unit\n");
    int rows = 3 + random.nextInt(12);
    for (int r = 0; r < rows; r++) {
      out.append(pick(SURNAMES)).append(',').append(pick(FORENAMES)).append(',');
      out.append(pick(RANKS)).append(',').append(100 + random.nextInt(9000)).append(',');
      out.append(100000 + random.nextInt(900000)).append(',').append(phone()).append(',');
      out.append(email()).append(',').append(pick(POSTCODES)).append(',');
      out.append(nino()).append(',').append(pick(CAPITALISED)).append(" Unit\n");
    }
    out.append('\n');
  }

  private void logLines() {
    int lines = 5 + random.nextInt(15);
    for (int l = 0; l < lines; l++) {
      out.append("2024-0")
          .append(1 + random.nextInt(9))
          .append('-')
          .append(10 + random.nextInt(18));
      out.append('T').append(10 + random.nextInt(12)).append(':').append(10 + random.nextInt(49));
      out.append(":00Z INFO 192.0.2.").append(random.nextInt(255)).append(" GET /api/v1/people/");
      out.append(random.nextInt(100000)).append(" 200 ").append(random.nextInt(900)).append("ms");
      out.append(" session=").append(Long.toHexString(random.nextLong())).append('\n');
    }
    out.append('\n');
  }

  private void footer() {
    String forename = pick(FORENAMES);
    String surname = pick(SURNAMES);
    out.append("Kind regards,\n").append(pick(RANKS)).append(' ').append(forename).append(' ');
    out.append(surname).append("\nTel: ").append(phone()).append("\nEmail: ").append(email());
    out.append("\nOFFICIAL-SENSITIVE. This e-mail and any attachments are confidential.\n\n");
  }

  private void date() {
    out.append(1 + random.nextInt(28)).append('/').append(1 + random.nextInt(12)).append('/');
    out.append(1950 + random.nextInt(60));
  }

  /**
   * Ofcom drama numbers, and mobile-shaped numbers with random digits so that repeated numbers do
   * not flatter the phone detector's cache.
   */
  private String phone() {
    int roll = random.nextInt(10);
    if (roll < 2) {
      return "020 7946 0" + (100 + random.nextInt(900));
    }
    if (roll < 4) {
      return "07700 900" + (100 + random.nextInt(900));
    }
    return "07"
        + (4 + random.nextInt(6))
        + (10 + random.nextInt(90))
        + " "
        + (100000 + random.nextInt(900000));
  }

  private String nino() {
    return pick(NINO_PREFIXES)
        + " "
        + (10 + random.nextInt(90))
        + " "
        + (10 + random.nextInt(90))
        + " "
        + (10 + random.nextInt(90))
        + " "
        + (char) ('A' + random.nextInt(4));
  }

  /** A ten-digit number passing the NHS mod-11 check. */
  private String nhsNumber() {
    while (true) {
      int[] digits = new int[10];
      int sum = 0;
      digits[0] = 4 + random.nextInt(2);
      for (int i = 0; i < 9; i++) {
        if (i > 0) {
          digits[i] = random.nextInt(10);
        }
        sum += digits[i] * (10 - i);
      }
      int check = 11 - sum % 11;
      if (check == 10) {
        continue;
      }
      digits[9] = check == 11 ? 0 : check;
      StringBuilder number = new StringBuilder();
      for (int i = 0; i < 10; i++) {
        number.append(digits[i]);
        if (i == 2 || i == 5) {
          number.append(' ');
        }
      }
      return number.toString();
    }
  }

  private String email() {
    return pick(FORENAMES).toLowerCase()
        + "."
        + pick(SURNAMES).toLowerCase().replace("'", "")
        + "@force.police.uk";
  }

  private String plate() {
    return "BD" + (51 + random.nextInt(20)) + " SMR";
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }
}
