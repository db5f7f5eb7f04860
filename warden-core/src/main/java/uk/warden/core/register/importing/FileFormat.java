package uk.warden.core.register.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;

/**
 * Decides from the first bytes, never the file name, how to read a file: users rename files, and
 * "people.csv" saved from Excel is as likely to be a workbook as text.
 */
final class FileFormat {

  private static final int SAMPLE_BYTES = 4096;

  private FileFormat() {}

  /** Opens the right row source for the content, or refuses the file saying what it is. */
  static RowSource open(String source, InputStream in) {
    BufferedInputStream buffered = new BufferedInputStream(in, SAMPLE_BYTES * 2);
    byte[] sample;
    try {
      buffered.mark(SAMPLE_BYTES);
      sample = buffered.readNBytes(SAMPLE_BYTES);
      buffered.reset();
    } catch (IOException e) {
      throw refuse(source, "cannot read the file: " + Reasons.shorten(e));
    }
    if (sample.length == 0) {
      throw refuse(source, "the file is empty: expected a header row and one row per person");
    }
    if (startsWith(sample, 'P', 'K', 3, 4)
        || startsWith(sample, 'P', 'K', 5, 6)
        || startsWith(sample, 'P', 'K', 7, 8)) {
      return new XlsxRowSource(source, buffered);
    }
    if (startsWith(sample, 0xD0, 0xCF, 0x11, 0xE0)) {
      throw refuse(source, "old Excel .xls files are not supported: save as .xlsx or CSV");
    }
    if (startsWith(sample, 0xFF, 0xFE) || startsWith(sample, 0xFE, 0xFF)) {
      throw refuse(source, "the file is UTF-16 text: save it as CSV UTF-8 or .xlsx");
    }
    if (binary(sample)) {
      throw refuse(source, "not a CSV or XLSX file: it holds binary data");
    }
    try {
      if (startsWith(sample, 0xEF, 0xBB, 0xBF)) {
        buffered.skipNBytes(3);
      }
    } catch (IOException e) {
      throw refuse(source, "cannot read the file: " + Reasons.shorten(e));
    }
    return new CsvRowSource(source, buffered);
  }

  private static boolean startsWith(byte[] sample, int... magic) {
    if (sample.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((sample[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  /** Text never holds NUL, and has few control characters besides tab and line ends. */
  private static boolean binary(byte[] sample) {
    int control = 0;
    for (byte b : sample) {
      if (b == 0) {
        return true;
      }
      if (b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
        control++;
      }
    }
    return control * 20 > sample.length;
  }

  private static BadInputException refuse(String source, String reason) {
    return new BadInputException(InputProblem.file(source, reason));
  }
}
