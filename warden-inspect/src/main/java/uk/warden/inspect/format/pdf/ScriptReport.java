package uk.warden.inspect.format.pdf;

import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Location;

/**
 * JavaScript in the document, reported as {@link HiddenContent#MACROS}: like a VBA macro it is code
 * that runs when the file is opened or used, which is what the macro code means to a DPO;
 * EMBEDDED_OBJECT would suggest a document inside this one, which it is not. Scripts can also carry
 * data (addresses to post form data to, literal names), so their text is scanned.
 */
final class ScriptReport {

  private static final long MAX_SCRIPT_BYTES = 1L << 20;
  private static final int MAX_ACTIONS = 10_000;
  private static final int MAX_CHAIN_DEPTH = 32;
  private static final COSName NEXT = COSName.getPDFName("Next");

  private final Emitter out;
  private final StreamGuard streams;
  private final Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());

  ScriptReport(Emitter out, StreamGuard streams) {
    this.out = out;
    this.streams = streams;
  }

  void fromDocument(PDDocument document) {
    COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
    Location where = out.part("document JavaScript");
    COSDictionary names = catalog.getCOSDictionary(COSName.NAMES);
    if (names != null) {
      for (NameTree.Entry entry : NameTree.entries(names.getCOSDictionary(COSName.JAVA_SCRIPT))) {
        if (entry.value() instanceof COSDictionary action) {
          action(action, where.range("script '" + entry.name() + "'"), "when the file opens", 0);
        }
      }
    }
    if (catalog.getDictionaryObject(COSName.OPEN_ACTION) instanceof COSDictionary action) {
      action(action, where.range("open action"), "when the file opens", 0);
    }
    actions(catalog, where);
  }

  /** The A and AA entries of an annotation, field, page or the catalog. */
  void actions(COSDictionary holder, Location where) {
    if (holder.getDictionaryObject(COSName.A) instanceof COSDictionary action) {
      action(action, where, "when it is clicked", 0);
    }
    COSDictionary triggers = holder.getCOSDictionary(COSName.AA);
    if (triggers != null) {
      for (COSName trigger : triggers.keySet()) {
        if (triggers.getDictionaryObject(trigger) instanceof COSDictionary action) {
          action(action, where, "on a reader action (" + trigger.getName() + ")", 0);
        }
      }
    }
  }

  private void action(COSDictionary first, Location where, String when, int depth) {
    if (depth > MAX_CHAIN_DEPTH) {
      return;
    }
    COSDictionary action = first;
    for (int i = 0; action != null && i < MAX_ACTIONS && seen.add(action); i++) {
      if (COSName.JAVA_SCRIPT.equals(action.getCOSName(COSName.S))) {
        String script;
        String size;
        try {
          script = Texts.of(action.getDictionaryObject(COSName.JS), streams, MAX_SCRIPT_BYTES);
          size = script == null ? "" : " (" + Texts.plural(script.length(), "character") + ")";
        } catch (IOException e) {
          script = null;
          size = " (its code is damaged and could not be read)";
        }
        out.structure(HiddenContent.MACROS, where, 1, "JavaScript that runs " + when + size);
        out.text(where, HiddenContent.MACROS, script);
      }
      COSBase next = action.getDictionaryObject(NEXT);
      if (next instanceof COSArray array) {
        for (int k = 0; k < Math.min(array.size(), MAX_ACTIONS); k++) {
          if (array.getObject(k) instanceof COSDictionary chained) {
            action(chained, where, when, depth + 1);
          }
        }
        action = null;
      } else {
        action = next instanceof COSDictionary chained ? chained : null;
      }
    }
  }
}
