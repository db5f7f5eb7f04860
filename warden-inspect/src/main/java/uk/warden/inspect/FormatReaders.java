package uk.warden.inspect;

import java.util.List;
import uk.warden.inspect.content.FormatReader;
import uk.warden.inspect.format.image.ImageReader;
import uk.warden.inspect.format.legacy.WordBinaryReader;
import uk.warden.inspect.format.mail.EmlReader;
import uk.warden.inspect.format.pdf.PdfReader;
import uk.warden.inspect.format.sheet.OdsReader;
import uk.warden.inspect.format.sheet.XlsReader;
import uk.warden.inspect.format.sheet.XlsxReader;
import uk.warden.inspect.format.slides.PptxReader;
import uk.warden.inspect.format.text.CsvReader;
import uk.warden.inspect.format.text.PlainTextReader;
import uk.warden.inspect.format.text.TsvReader;
import uk.warden.inspect.format.word.DocxReader;

/** The readers Warden ships, one per family of formats. */
final class FormatReaders {

  private FormatReaders() {}

  static List<FormatReader> builtIn() {
    return List.of(
        new XlsxReader(),
        new XlsReader(),
        new OdsReader(),
        new CsvReader(),
        new TsvReader(),
        new PlainTextReader(),
        new DocxReader(),
        new WordBinaryReader(),
        new PdfReader(),
        new PptxReader(),
        new EmlReader(),
        new ImageReader());
  }
}
