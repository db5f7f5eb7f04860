package uk.warden.inspect.format.sheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.EntryUtils;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.Ole10Native;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.jspecify.annotations.Nullable;

/**
 * Unwraps embedded OLE objects to the document inside, so the inspector reads the document rather
 * than its wrapper: an OLE "Package" holds an OOXML file, "Ole10Native" holds any file with its
 * name, and a storage with a Workbook or WordDocument stream is itself a legacy Office file.
 */
final class OleObjects {

  /** An embedded document ready for {@code nested()}: its file name and bytes. */
  record Embedded(String name, byte[] content) {}

  private OleObjects() {}

  static boolean isOle2(byte[] bytes) {
    return bytes.length >= 8 && FileMagic.valueOf(bytes) == FileMagic.OLE2;
  }

  /** The document inside OLE2 bytes, or the bytes themselves when they wrap nothing known. */
  static Embedded unwrap(String name, byte[] bytes, long maxBytes) {
    if (!isOle2(bytes)) {
      return new Embedded(name, bytes);
    }
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      Embedded inner = unwrap(name, fs.getRoot(), maxBytes);
      return inner != null ? inner : new Embedded(name, bytes);
    } catch (IOException | RuntimeException e) {
      return new Embedded(name, bytes);
    }
  }

  /** The document inside an OLE storage (an XLS "MBD" storage), or null when there is none. */
  static @Nullable Embedded unwrap(String name, DirectoryNode storage, long maxBytes)
      throws IOException {
    if (storage.hasEntry("Package")) {
      return new Embedded(name + ".package", stream(storage, "Package", maxBytes));
    }
    if (storage.hasEntry(Ole10Native.OLE10_NATIVE)) {
      try {
        Ole10Native nativeData = Ole10Native.createFromEmbeddedOleObject(storage);
        String file = nativeData.getFileName();
        String label = file != null && !file.isBlank() ? baseName(file) : nativeData.getLabel();
        return new Embedded(
            label == null || label.isBlank() ? name : label, nativeData.getDataBuffer());
      } catch (org.apache.poi.poifs.filesystem.Ole10NativeException e) {
        return null;
      }
    }
    if (storage.hasEntry("Workbook")
        || storage.hasEntry("WordDocument")
        || storage.hasEntry("PowerPoint Document")) {
      return new Embedded(name, copy(storage, maxBytes));
    }
    return null;
  }

  /** A whole storage as a standalone OLE2 file. */
  static byte[] copy(DirectoryEntry storage, long maxBytes) throws IOException {
    try (POIFSFileSystem copy = new POIFSFileSystem()) {
      for (Entry entry : storage) {
        EntryUtils.copyNodeRecursively(entry, copy.getRoot());
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      copy.writeFilesystem(out);
      if (out.size() > maxBytes) {
        throw new Refusal(
            "an embedded object is larger than the limit of " + Sizes.bytes(maxBytes));
      }
      return out.toByteArray();
    }
  }

  private static byte[] stream(DirectoryNode storage, String name, long maxBytes)
      throws IOException {
    DocumentEntry entry = (DocumentEntry) storage.getEntry(name);
    if (entry.getSize() > maxBytes) {
      throw new Refusal("an embedded object is larger than the limit of " + Sizes.bytes(maxBytes));
    }
    try (InputStream in = storage.createDocumentInputStream(entry)) {
      return in.readAllBytes();
    }
  }

  private static String baseName(String path) {
    int cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return path.substring(cut + 1);
  }
}
