package uk.warden.inspect.format.pdf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.jspecify.annotations.Nullable;

/** The entries of a PDF name tree, walked without recursion and without looping on cycles. */
final class NameTree {

  private static final int MAX_ENTRIES = 100_000;
  private static final COSName NAMES = COSName.getPDFName("Names");

  record Entry(String name, COSBase value) {}

  private NameTree() {}

  static List<Entry> entries(@Nullable COSDictionary root) {
    List<Entry> entries = new ArrayList<>();
    if (root == null) {
      return entries;
    }
    Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<COSDictionary> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty() && entries.size() < MAX_ENTRIES) {
      COSDictionary node = todo.pop();
      if (!seen.add(node)) {
        continue;
      }
      COSArray names = node.getCOSArray(NAMES);
      if (names != null) {
        for (int i = 0; i + 1 < names.size() && entries.size() < MAX_ENTRIES; i += 2) {
          COSBase key = names.getObject(i);
          COSBase value = names.getObject(i + 1);
          if (value != null) {
            String name = key instanceof COSString string ? string.getString() : "unnamed";
            entries.add(new Entry(name, value));
          }
        }
      }
      COSArray kids = node.getCOSArray(COSName.KIDS);
      if (kids != null) {
        for (int i = kids.size() - 1; i >= 0; i--) {
          if (kids.getObject(i) instanceof COSDictionary kid) {
            todo.push(kid);
          }
        }
      }
    }
    return entries;
  }
}
