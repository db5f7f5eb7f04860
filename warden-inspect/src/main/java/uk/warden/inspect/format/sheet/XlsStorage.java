package uk.warden.inspect.format.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.hpsf.CustomProperties;
import org.apache.poi.hpsf.DocumentSummaryInformation;
import org.apache.poi.hpsf.PropertySet;
import org.apache.poi.hpsf.PropertySetFactory;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentNode;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.LittleEndian;
import org.apache.poi.util.StringUtil;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.content.HiddenContent;

/**
 * What an XLS file keeps beside its Workbook stream, in the OLE2 container: summary properties, the
 * VBA project, embedded objects (MBD storages), pivot caches (_SX_DB_CUR) and the revision log of a
 * shared workbook.
 */
final class XlsStorage {

  /** BIFF record ids inside a pivot cache stream. */
  private static final int SXDB = 0x00C6;

  private static final int SXSTRING = 0x00CD;
  private static final int MAX_PIVOT_STRINGS = 1_000_000;

  private XlsStorage() {}

  static void report(Reporter reporter, POIFSFileSystem fs, @Nullable String writeAccess)
      throws IOException {
    DirectoryNode root = fs.getRoot();
    properties(reporter, root, writeAccess);
    if (root.hasEntry("_VBA_PROJECT_CUR")) {
      VbaProject.reportStorage(reporter, "_VBA_PROJECT_CUR", fs);
    }
    for (Entry entry : root) {
      if (entry instanceof DirectoryNode storage && storage.getName().startsWith("MBD")) {
        embedded(reporter, storage);
      }
    }
    if (root.hasEntry("_SX_DB_CUR")
        && root.getEntry("_SX_DB_CUR") instanceof DirectoryNode caches) {
      pivotCaches(reporter, caches);
    }
    if (root.hasEntry("Revision Log") || root.hasEntry("User Names")) {
      revisions(reporter, root);
    }
  }

  private static void properties(
      Reporter reporter, DirectoryNode root, @Nullable String writeAccess) {
    List<String> summary = new ArrayList<>();
    SummaryInformation info =
        propertySet(reporter, root, SummaryInformation.DEFAULT_STREAM_NAME)
                instanceof SummaryInformation s
            ? s
            : null;
    String part = "SummaryInformation";
    if (info != null) {
      property(reporter, part, summary, "creator", info.getAuthor());
      property(reporter, part, summary, "last modified by", info.getLastAuthor());
      property(reporter, part, summary, "title", info.getTitle());
      property(reporter, part, summary, "subject", info.getSubject());
      property(reporter, part, summary, "keywords", info.getKeywords());
      property(reporter, part, summary, "comments", info.getComments());
      property(reporter, part, summary, "template", info.getTemplate());
    }
    found(reporter, part, summary);
    List<String> document = new ArrayList<>();
    String documentPart = "DocumentSummaryInformation";
    if (propertySet(reporter, root, DocumentSummaryInformation.DEFAULT_STREAM_NAME)
        instanceof DocumentSummaryInformation d) {
      property(reporter, documentPart, document, "company", d.getCompany());
      property(reporter, documentPart, document, "manager", d.getManager());
      property(reporter, documentPart, document, "category", d.getCategory());
      CustomProperties custom = d.getCustomProperties();
      if (custom != null) {
        custom.forEach(
            (name, value) -> {
              if (value != null
                  && !PropertyNames.selfDescribing(name)
                  && PropertyNames.identifying(value.toString())) {
                document.add("custom property");
                reporter.text(
                    documentPart, name, HiddenContent.DOCUMENT_PROPERTIES, name + ": " + value);
              }
            });
      }
    }
    found(reporter, documentPart, document);
    List<String> access = new ArrayList<>();
    property(reporter, "WriteAccess", access, "user name of the last save", writeAccess);
    found(reporter, "WriteAccess", access);
  }

  private static @Nullable PropertySet propertySet(
      Reporter reporter, DirectoryNode root, String stream) {
    if (!root.hasEntry(stream)) {
      return null;
    }
    try {
      return PropertySetFactory.create(root, stream);
    } catch (Exception e) {
      reporter.structure(
          HiddenContent.UNINSPECTABLE,
          stream,
          null,
          1,
          "the document properties stream is damaged, so its content cannot be inspected");
      return null;
    }
  }

  private static void property(
      Reporter reporter, String part, List<String> set, String label, @Nullable String value) {
    if (value != null && PropertyNames.identifying(value)) {
      set.add(label);
      reporter.text(part, label, HiddenContent.DOCUMENT_PROPERTIES, value.strip());
    }
  }

  private static void found(Reporter reporter, String part, List<String> set) {
    if (set.isEmpty()) {
      return;
    }
    List<String> distinct = set.stream().distinct().toList();
    reporter.structure(
        HiddenContent.DOCUMENT_PROPERTIES,
        part,
        null,
        set.size(),
        "document properties set: " + String.join(", ", distinct));
  }

  private static void embedded(Reporter reporter, DirectoryNode storage) throws IOException {
    long max = reporter.limits().maxFileBytes();
    String name = storage.getName();
    OleObjects.Embedded inner = OleObjects.unwrap(name, storage, max);
    if (inner == null) {
      inner = new OleObjects.Embedded(name + ".ole", OleObjects.copy(storage, max));
    }
    reporter.structure(
        HiddenContent.EMBEDDED_OBJECT,
        name,
        null,
        1,
        "an embedded object (OLE storage %s)".formatted(name));
    reporter.nested(name, inner.name(), inner.content());
  }

  /**
   * Each stream of _SX_DB_CUR is one pivot cache: an SXDB record with the record count, then the
   * cached values, strings among them in SXSTRING records.
   */
  private static void pivotCaches(Reporter reporter, DirectoryNode caches) throws IOException {
    for (Entry entry : caches) {
      if (!(entry instanceof DocumentNode stream)) {
        continue;
      }
      String part = "_SX_DB_CUR/" + stream.getName();
      long records = 0;
      int fields = 0;
      int strings = 0;
      try (InputStream in = caches.createDocumentInputStream(stream)) {
        byte[] header = new byte[4];
        while (in.readNBytes(header, 0, 4) == 4) {
          int type = LittleEndian.getUShort(header, 0);
          int length = LittleEndian.getUShort(header, 2);
          byte[] data = in.readNBytes(length);
          if (data.length < length) {
            break;
          }
          if (type == SXDB && length >= 12) {
            records = LittleEndian.getInt(data, 0) & 0xFFFFFFFFL;
            fields = LittleEndian.getUShort(data, 10);
          } else if (type == SXSTRING && length >= 3 && strings < MAX_PIVOT_STRINGS) {
            String value = sxString(data);
            if (value != null) {
              strings++;
              reporter.text(part, null, HiddenContent.PIVOT_CACHE, value);
            }
          }
        }
      }
      reporter.structure(
          HiddenContent.PIVOT_CACHE,
          part,
          null,
          records,
          "a pivot cache keeps %s of %s (%s)"
              .formatted(
                  Sizes.count(records, "source record", "source records"),
                  Sizes.count(fields, "field", "fields"),
                  Sizes.count(strings, "cached text value", "cached text values")));
    }
  }

  private static @Nullable String sxString(byte[] data) {
    int chars = LittleEndian.getUShort(data, 0);
    boolean wide = (data[2] & 0x01) != 0;
    int bytes = wide ? chars * 2 : chars;
    if (3 + bytes > data.length) {
      return null;
    }
    return wide
        ? StringUtil.getFromUnicodeLE(data, 3, chars)
        : StringUtil.getFromCompressedUnicode(data, 3, chars);
  }

  private static void revisions(Reporter reporter, DirectoryNode root) throws IOException {
    long size = 0;
    for (String name : new String[] {"Revision Log", "User Names"}) {
      if (root.hasEntry(name) && root.getEntry(name) instanceof DocumentEntry document) {
        size += document.getSize();
      }
    }
    reporter.structure(
        HiddenContent.TRACKED_CHANGES,
        root.hasEntry("Revision Log") ? "Revision Log" : "User Names",
        null,
        1,
        "the workbook is shared and keeps a revision log (%s)"
            .formatted(Sizes.bytes(size).toLowerCase(Locale.ROOT)));
  }
}
