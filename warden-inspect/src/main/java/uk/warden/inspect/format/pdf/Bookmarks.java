package uk.warden.inspect.format.pdf;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Bookmark (outline) titles. Not hidden, but easily missed: a name redacted on the page often
 * survives in a bookmark or table of contents entry (x-ray issue #2).
 */
final class Bookmarks {

  private static final int MAX_ITEMS = 20_000;
  private static final COSName FIRST = COSName.getPDFName("First");
  private static final COSName NEXT = COSName.getPDFName("Next");

  private Bookmarks() {}

  static String titles(PDDocument document) {
    COSDictionary outlines =
        document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.OUTLINES);
    StringBuilder titles = new StringBuilder();
    if (outlines == null) {
      return "";
    }
    Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<COSDictionary> todo = new ArrayDeque<>();
    COSDictionary first = outlines.getCOSDictionary(FIRST);
    if (first != null) {
      todo.push(first);
    }
    while (!todo.isEmpty() && seen.size() < MAX_ITEMS) {
      COSDictionary item = todo.pop();
      if (!seen.add(item)) {
        continue;
      }
      String title = item.getString(COSName.TITLE);
      if (title != null && !title.isBlank()) {
        titles.append(title.strip()).append('\n');
      }
      COSDictionary next = item.getCOSDictionary(NEXT);
      if (next != null) {
        todo.push(next);
      }
      COSDictionary child = item.getCOSDictionary(FIRST);
      if (child != null) {
        todo.push(child);
      }
    }
    return titles.toString();
  }
}
