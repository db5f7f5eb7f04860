package uk.warden.inspect.format.word;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.poifs.filesystem.Ole10Native;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Word documents built for the tests: POI's usermodel first, raw XML edits where it has no API. */
final class Docx {

  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

  private Docx() {}

  static byte[] build(Consumer<XWPFDocument> content) {
    try (XWPFDocument document = new XWPFDocument()) {
      content.accept(document);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void paragraph(XWPFDocument document, String text) {
    document.createParagraph().createRun().setText(text);
  }

  /** Replaces the whole paragraph holding {@code marker} with hand-written paragraph XML. */
  static String replaceParagraph(String xml, String marker, String paragraph) {
    Matcher matcher =
        Pattern.compile("<w:p(?:\\s[^>]*)?>(?:(?!</w:p>).)*?" + Pattern.quote(marker) + ".*?</w:p>")
            .matcher(xml);
    if (!matcher.find()) {
      throw new IllegalArgumentException("no paragraph holds " + marker);
    }
    return xml.substring(0, matcher.start()) + paragraph + xml.substring(matcher.end());
  }

  static void picture(XWPFDocument document, byte[] jpeg) {
    try {
      document
          .createParagraph()
          .createRun()
          .addPicture(new ByteArrayInputStream(jpeg), PictureType.JPEG, "photo.jpg", 100, 100);
    } catch (IOException | InvalidFormatException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] workbook(String cellText) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      workbook.createSheet("Data").createRow(0).createCell(0).setCellValue(cellText);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An OLE object as Office writes a packaged file: an OLE2 container with \1Ole10Native. */
  static byte[] packagedFile(String fileName, byte[] content) {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Ole10Native ole = new Ole10Native(fileName, fileName, "C:\\Temp\\" + fileName, content);
      ByteArrayOutputStream stream = new ByteArrayOutputStream();
      ole.writeOut(stream);
      fs.createDocument(new ByteArrayInputStream(stream.toByteArray()), Ole10Native.OLE10_NATIVE);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] emptyOle2() {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new ByteArrayInputStream(new byte[] {1, 2, 3}), "VBA");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
