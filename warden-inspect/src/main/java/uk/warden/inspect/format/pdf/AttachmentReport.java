package uk.warden.inspect.format.pdf;

import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Location;

/**
 * Files attached to the document (the EmbeddedFiles name tree) or to a page (file attachment
 * annotations). Each is reported and handed over as a nested document, read up to the file size
 * limit; one attached both ways is reported once. Its file name and description are scanned too:
 * "statement of J Smith.docx" names a person.
 */
final class AttachmentReport {

  private static final COSName EF = COSName.getPDFName("EF");
  private static final COSName UF = COSName.getPDFName("UF");
  private static final COSName DESC = COSName.getPDFName("Desc");
  private static final COSName[] FILE_KEYS = {
    UF, COSName.F, COSName.getPDFName("DOS"), COSName.getPDFName("Mac"), COSName.getPDFName("Unix")
  };

  private final Emitter out;
  private final StreamGuard streams;
  private final long maxBytes;
  private final Set<COSStream> seen = Collections.newSetFromMap(new IdentityHashMap<>());

  AttachmentReport(Emitter out, StreamGuard streams, long maxBytes) {
    this.out = out;
    this.streams = streams;
    this.maxBytes = maxBytes;
  }

  void fromDocument(PDDocument document) {
    COSDictionary names =
        document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.NAMES);
    if (names == null) {
      return;
    }
    for (NameTree.Entry entry : NameTree.entries(names.getCOSDictionary(COSName.EMBEDDED_FILES))) {
      if (entry.value() instanceof COSDictionary specification) {
        attach(specification, out.part("attachments"), "the document");
      }
    }
  }

  void fromAnnotation(COSDictionary annotation, Location where) {
    if (annotation.getDictionaryObject(COSName.FS) instanceof COSDictionary specification) {
      attach(specification, where, "a file attachment annotation");
    }
  }

  private void attach(COSDictionary specification, Location where, String holder) {
    String name = fileName(specification);
    COSStream file = embedded(specification);
    if (file == null) {
      Location at =
          where.range() != null
              ? where
              : where.range("file specification, " + ObjectIds.of(specification));
      out.structure(
          HiddenContent.PDF_ATTACHMENTS,
          at,
          1,
          holder + " refers to an external file instead of embedding it");
      out.text(at, HiddenContent.PDF_ATTACHMENTS, name);
      return;
    }
    if (!seen.add(file)) {
      return;
    }
    Location at =
        where.range() != null ? where : where.range("embedded file, " + ObjectIds.of(file));
    out.text(at, HiddenContent.PDF_ATTACHMENTS, name);
    out.text(at, HiddenContent.PDF_ATTACHMENTS, specification.getString(DESC));
    byte[] content;
    try {
      content = streams.read(file, maxBytes);
    } catch (IOException e) {
      out.structure(HiddenContent.PDF_ATTACHMENTS, at, 1, "a file attached to " + holder);
      out.structure(
          HiddenContent.UNINSPECTABLE,
          at,
          1,
          "a file attached to " + holder + " is damaged and cannot be checked");
      return;
    }
    if (content == null) {
      out.structure(
          HiddenContent.PDF_ATTACHMENTS,
          at,
          1,
          "a file attached to " + holder + ", larger than " + megabytes(maxBytes));
      out.structure(
          HiddenContent.UNINSPECTABLE,
          at,
          1,
          "a file attached to "
              + holder
              + " is larger than "
              + megabytes(maxBytes)
              + " and was not checked");
      return;
    }
    out.structure(
        HiddenContent.PDF_ATTACHMENTS,
        at,
        1,
        "a file of "
            + Texts.plural(content.length, "byte")
            + " attached to "
            + holder
            + "; it is checked as a document of its own");
    out.nested(at, name == null ? "attachment" : name, content);
  }

  private static @Nullable String fileName(COSDictionary specification) {
    for (COSName key : FILE_KEYS) {
      String name = specification.getString(key);
      if (name != null && !name.isBlank()) {
        return name;
      }
    }
    return null;
  }

  private static @Nullable COSStream embedded(COSDictionary specification) {
    COSDictionary files = specification.getCOSDictionary(EF);
    if (files == null) {
      return null;
    }
    for (COSName key : FILE_KEYS) {
      if (files.getDictionaryObject(key) instanceof COSStream stream) {
        return stream;
      }
    }
    return null;
  }

  private static String megabytes(long bytes) {
    return ReadBudget.count(bytes >> 20) + " MB";
  }
}
