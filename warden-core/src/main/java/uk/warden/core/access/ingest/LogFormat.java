package uk.warden.core.access.ingest;

import java.util.Locale;

/** The two shapes of access log Warden reads. */
public enum LogFormat {
  /** One JSON object per line (also called NDJSON). */
  JSON_LINES,
  /** A header line naming the fields, then one event per line; comma, semicolon or tab. */
  CSV;

  /**
   * The format of a file from its name ({@code .jsonl}, {@code .ndjson}, {@code .json}; {@code
   * .csv}, {@code .tsv}, {@code .txt}) or, failing that, from its first bytes: a log whose first
   * non-blank character opens a JSON object is JSON lines, anything else CSV.
   */
  public static LogFormat detect(String fileName, byte[] head) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
      return JSON_LINES;
    }
    if (name.endsWith(".csv") || name.endsWith(".tsv")) {
      return CSV;
    }
    int i = 0;
    // A UTF-8 byte order mark.
    if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB) {
      i = 3;
    }
    while (i < head.length && Character.isWhitespace(head[i])) {
      i++;
    }
    return i < head.length && head[i] == '{' ? JSON_LINES : CSV;
  }
}
