package uk.warden.inspect;

import java.util.List;
import uk.warden.inspect.content.FormatReader;
import uk.warden.inspect.format.legacy.WordBinaryReader;

/** The readers Warden ships, one per family of formats. */
final class FormatReaders {

  private FormatReaders() {}

  static List<FormatReader> builtIn() {
    return List.of(new WordBinaryReader(), new uk.warden.inspect.format.text.CsvReader());
  }
}
