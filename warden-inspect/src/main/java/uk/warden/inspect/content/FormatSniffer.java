package uk.warden.inspect.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Recognises a file's format from its bytes, never from its name: a workbook renamed {@code .csv}
 * is still a workbook, and an attachment's name is whatever the sender typed. Containers are opened
 * only far enough to tell what they hold (zip entry names, OLE2 directory names).
 */
public final class FormatSniffer {

  private static final int HEAD = 8192;
  private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final Pattern HEADER_LINE = Pattern.compile("^[!-9;-~]+:.*");
  private static final Set<String> MAIL_HEADERS =
      Set.of("from", "to", "subject", "date", "message-id", "mime-version", "received", "cc");

  private FormatSniffer() {}

  public static Format sniff(Source source) throws UnreadableException {
    byte[] head;
    try (InputStream in = source.open()) {
      head = in.readNBytes(HEAD);
    } catch (IOException e) {
      throw new UnreadableException("the file cannot be read: " + e.getMessage(), e);
    }
    if (indexOf(head, PDF, 1024) >= 0) {
      return Format.PDF;
    }
    if (startsWith(head, OLE2)) {
      return ole2(source);
    }
    if (startsWith(head, ZIP)) {
      return zip(source);
    }
    if (startsWith(head, JPEG)) {
      return Format.JPEG;
    }
    if (startsWith(head, PNG)) {
      return Format.PNG;
    }
    return text(head, head.length < HEAD);
  }

  private static Format ole2(Source source) throws UnreadableException {
    try (InputStream in = source.open();
        POIFSFileSystem fs = new POIFSFileSystem(in)) {
      DirectoryNode root = fs.getRoot();
      if (root.hasEntryCaseInsensitive("EncryptedPackage")) {
        return Format.ENCRYPTED_OFFICE;
      }
      if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
        return Format.XLS;
      }
      if (root.hasEntryCaseInsensitive("WordDocument")) {
        return Format.DOC;
      }
      return Format.UNKNOWN;
    } catch (IOException | RuntimeException e) {
      throw new UnreadableException("the file looks like an Office 97-2003 file but is damaged", e);
    }
  }

  /**
   * Entry names from the central directory; the entries themselves are not expanded. The central
   * directory, not a streaming read, because writers that stream (POI's SXSSF among them) put sizes
   * after the data, which a streaming reader refuses.
   */
  private static Format zip(Source source) throws UnreadableException {
    Set<String> names = new HashSet<>();
    String mimetype = null;
    try (ZipFile zip = open(source)) {
      Enumeration<ZipArchiveEntry> entries = zip.getEntries();
      while (entries.hasMoreElements()) {
        ZipArchiveEntry entry = entries.nextElement();
        if (names.size() >= source.limits().maxEntries()) {
          throw new UnreadableException(
              "the archive has more than " + source.limits().maxEntries() + " entries");
        }
        names.add(entry.getName());
        if (entry.getName().equals("mimetype") && mimetype == null) {
          try (InputStream in = zip.getInputStream(entry)) {
            mimetype = new String(in.readNBytes(100), StandardCharsets.US_ASCII).trim();
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new UnreadableException("the file is a damaged or truncated zip archive", e);
    }
    if (names.isEmpty()) {
      throw new UnreadableException("the file is a damaged or truncated zip archive");
    }
    if ("application/vnd.oasis.opendocument.spreadsheet".equals(mimetype)) {
      return Format.ODS;
    }
    if (!names.contains("[Content_Types].xml")) {
      return Format.UNKNOWN;
    }
    if (names.contains("xl/workbook.xml") || names.contains("xl/workbook.bin")) {
      return names.contains("xl/vbaProject.bin") ? Format.XLSM : Format.XLSX;
    }
    if (names.contains("word/document.xml")) {
      return Format.DOCX;
    }
    if (names.contains("ppt/presentation.xml")) {
      return Format.PPTX;
    }
    return Format.UNKNOWN;
  }

  private static ZipFile open(Source source) throws IOException {
    if (source.path() != null) {
      return ZipFile.builder().setFile(source.path().toFile()).get();
    }
    return ZipFile.builder()
        .setSeekableByteChannel(new SeekableInMemoryByteChannel(source.readAll()))
        .get();
  }

  private static Format text(byte[] head, boolean whole) {
    String text = decode(head);
    if (text == null) {
      return Format.UNKNOWN;
    }
    if (mail(text.split("\r?\n", -1))) {
      return Format.EML;
    }
    List<String> records = records(text, whole);
    if (delimited(records, '\t')) {
      return Format.TSV;
    }
    if (delimited(records, ',') || delimited(records, ';')) {
      return Format.CSV;
    }
    return Format.TEXT;
  }

  /**
   * Complete records: lines, except that a line break inside quotes continues the record (a
   * multi-line cell). The last record counts only when the head is the whole file.
   */
  private static List<String> records(String text, boolean whole) {
    List<String> records = new ArrayList<>();
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i < text.length() && records.size() < 20; i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '\n' && !quoted) {
        records.add(text.substring(start, i > start && text.charAt(i - 1) == '\r' ? i - 1 : i));
        start = i + 1;
      }
    }
    if (whole && start < text.length() && !quoted && records.size() < 20) {
      records.add(text.substring(start));
    }
    return records;
  }

  /** Text in a BOM-marked or byte-plausible encoding, or null for binary content. */
  private static String decode(byte[] head) {
    if (head.length >= 2
        && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
            || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
      return new String(head, StandardCharsets.UTF_16);
    }
    int controls = 0;
    for (byte b : head) {
      if (b == 0) {
        return null;
      }
      if (b > 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        controls++;
      }
    }
    // A few stray control characters happen in exported text; many mean binary.
    if (controls > head.length / 100 + 2) {
      return null;
    }
    return new String(head, StandardCharsets.ISO_8859_1);
  }

  /** RFC 5322 headers first, including at least two of the headers every message has. */
  private static boolean mail(String[] lines) {
    int known = 0;
    for (String line : lines) {
      if (line.isEmpty()) {
        break;
      }
      if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
        continue;
      }
      if (!HEADER_LINE.matcher(line).matches()) {
        return false;
      }
      String name = line.substring(0, line.indexOf(':')).toLowerCase(java.util.Locale.ROOT);
      if (MAIL_HEADERS.contains(name)) {
        known++;
      }
    }
    return known >= 2;
  }

  /**
   * At least two complete records that split into the same number (two or more) of fields. Quoted
   * fields are skipped so a comma inside quotes does not count.
   */
  private static boolean delimited(List<String> records, char delimiter) {
    int fields = -1;
    int seen = 0;
    for (String record : records) {
      if (record.isBlank()) {
        continue;
      }
      int count = fields(record, delimiter);
      if (count < 2 || (fields >= 0 && count != fields)) {
        return false;
      }
      fields = count;
      seen++;
    }
    return seen >= 2;
  }

  private static int fields(String line, char delimiter) {
    int count = 1;
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == delimiter && !quoted) {
        count++;
      }
    }
    return count;
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] bytes, byte[] pattern, int within) {
    int last = Math.min(bytes.length, within) - pattern.length;
    for (int i = 0; i <= last; i++) {
      boolean match = true;
      for (int j = 0; j < pattern.length && match; j++) {
        match = bytes[i + j] == pattern[j];
      }
      if (match) {
        return i;
      }
    }
    return -1;
  }
}
