package uk.warden.inspect.format.pdf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.jspecify.annotations.Nullable;

/**
 * The pages in order, from a walk of the page tree that neither trusts its declared count nor loops
 * on a tree that contains itself, and stops at the page limit.
 */
final class PageWalk {

  private static final int MAX_TREE_DEPTH = 256;

  private PageWalk() {}

  static List<PDPage> pages(PDDocument document, int maxPages) {
    COSDictionary root =
        document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES);
    List<PDPage> pages = new ArrayList<>();
    if (root == null) {
      return pages;
    }
    int declared = root.getInt(COSName.COUNT, -1);
    if (declared > maxPages) {
      throw new PdfLimitExceeded(tooMany("declares " + ReadBudget.count(declared), maxPages));
    }
    Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Object[]> stack = new ArrayDeque<>();
    stack.push(new Object[] {root, 0});
    seen.add(root);
    while (!stack.isEmpty()) {
      Object[] frame = stack.peek();
      COSDictionary node = (COSDictionary) frame[0];
      COSArray kids = node.getCOSArray(COSName.KIDS);
      int next = (Integer) frame[1];
      if (kids == null || next >= kids.size()) {
        stack.pop();
        continue;
      }
      frame[1] = next + 1;
      if (!(kids.getObject(next) instanceof COSDictionary kid) || !seen.add(kid)) {
        continue;
      }
      if (kid.getCOSArray(COSName.KIDS) != null
          && !COSName.PAGE.equals(kid.getCOSName(COSName.TYPE))) {
        stack.push(new Object[] {kid, 0});
      } else {
        pages.add(page(document, kid));
        if (pages.size() > maxPages) {
          throw new PdfLimitExceeded(
              tooMany("has more than " + ReadBudget.count(maxPages), maxPages));
        }
      }
    }
    return pages;
  }

  /**
   * A page whose resources use the document's cache: without it every {@code Tf} would load its
   * font afresh (PDFBox's own page tree sets the cache, but that walk is the one we avoid).
   */
  private static PDPage page(PDDocument document, COSDictionary dictionary) {
    PDPage page = new PDPage(dictionary);
    COSDictionary resources = inheritedResources(dictionary);
    if (resources != null) {
      page.setResources(new PDResources(resources, document.getResourceCache()));
    }
    return page;
  }

  private static @Nullable COSDictionary inheritedResources(COSDictionary page) {
    COSDictionary node = page;
    for (int depth = 0; node != null && depth < MAX_TREE_DEPTH; depth++) {
      COSDictionary resources = node.getCOSDictionary(COSName.RESOURCES);
      if (resources != null) {
        return resources;
      }
      node = node.getCOSDictionary(COSName.PARENT);
    }
    return null;
  }

  private static String tooMany(String what, int maxPages) {
    return "the file "
        + what
        + " pages; Warden reads at most "
        + ReadBudget.count(maxPages)
        + " pages of one PDF";
  }
}
