package uk.warden.inspect.format.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Location;

/**
 * Values stored in the document's form: AcroForm fields (by page, named but never quoted in
 * findings), signatures (the signer's name, reason, location and contact) and the data of an XFA
 * form. The field tree is walked by hand, bounded and cycle-safe, because PDFBox's own walk of
 * field names recurses through parents.
 */
final class FormReport {

  private static final int MAX_FIELDS = 50_000;
  private static final long MAX_VALUE_BYTES = 1L << 20;
  private static final long MAX_XFA_BYTES = 32L << 20;
  private static final int NAMES_IN_DETAIL = 10;

  private static final COSName FT = COSName.getPDFName("FT");
  private static final COSName SIG = COSName.getPDFName("Sig");
  private static final COSName XFA = COSName.getPDFName("XFA");
  private static final COSName[] SIGNATURE_KEYS = {
    COSName.NAME, COSName.REASON, COSName.LOCATION, COSName.getPDFName("ContactInfo")
  };

  private record Filled(String name, String value, int page) {}

  private record Frame(COSDictionary field, String name, @Nullable COSName type) {}

  private final Emitter out;
  private final StreamGuard streams;
  private int damaged;

  FormReport(Emitter out, StreamGuard streams) {
    this.out = out;
    this.streams = streams;
  }

  void read(PDDocument document, Map<COSDictionary, Integer> widgetPages) {
    COSDictionary form =
        document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.ACRO_FORM);
    if (form == null) {
      return;
    }
    Map<Integer, List<Filled>> byPage = new LinkedHashMap<>();
    for (Filled filled : filledFields(form, widgetPages)) {
      byPage.computeIfAbsent(filled.page(), p -> new ArrayList<>()).add(filled);
    }
    for (Map.Entry<Integer, List<Filled>> entry : byPage.entrySet()) {
      List<Filled> fields = entry.getValue();
      Location where = entry.getKey() > 0 ? out.page(entry.getKey()) : out.part("form");
      List<String> names = fields.stream().map(Filled::name).toList();
      out.structure(
          HiddenContent.PDF_FORM_DATA,
          where,
          fields.size(),
          Texts.plural(fields.size(), "form field")
              + (fields.size() == 1 ? " holds a value: " : " hold values: ")
              + Texts.list(names, NAMES_IN_DETAIL));
      for (Filled field : fields) {
        out.text(
            where.range("field '" + field.name() + "'"),
            HiddenContent.PDF_FORM_DATA,
            field.value());
      }
    }
    if (damaged > 0) {
      out.structure(
          HiddenContent.UNINSPECTABLE,
          out.part("form"),
          damaged,
          Texts.plural(damaged, "form field value")
              + " could not be decoded and cannot be checked for personal data");
    }
    xfa(form);
  }

  private List<Filled> filledFields(COSDictionary form, Map<COSDictionary, Integer> widgetPages) {
    List<Filled> filled = new ArrayList<>();
    COSArray roots = form.getCOSArray(COSName.FIELDS);
    if (roots == null) {
      return filled;
    }
    Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Frame> todo = new ArrayDeque<>();
    for (int i = roots.size() - 1; i >= 0; i--) {
      if (roots.getObject(i) instanceof COSDictionary root) {
        todo.push(new Frame(root, "", null));
      }
    }
    while (!todo.isEmpty()) {
      Frame frame = todo.pop();
      COSDictionary field = frame.field();
      if (!seen.add(field) || seen.size() > MAX_FIELDS) {
        continue;
      }
      String partial = field.getString(COSName.T);
      String name =
          partial == null || partial.isEmpty()
              ? frame.name()
              : frame.name().isEmpty() ? partial : frame.name() + "." + partial;
      COSName type = field.getCOSName(FT) != null ? field.getCOSName(FT) : frame.type();
      List<COSDictionary> childFields = new ArrayList<>();
      List<COSDictionary> widgets = new ArrayList<>();
      COSArray kids = field.getCOSArray(COSName.KIDS);
      if (kids != null) {
        for (int i = 0; i < kids.size(); i++) {
          if (kids.getObject(i) instanceof COSDictionary kid) {
            (kid.containsKey(COSName.T) ? childFields : widgets).add(kid);
          }
        }
      }
      for (int i = childFields.size() - 1; i >= 0; i--) {
        todo.push(new Frame(childFields.get(i), name, type));
      }
      String value;
      try {
        value = value(field, type);
      } catch (IOException e) {
        damaged++;
        continue;
      }
      if (value != null && !value.isBlank()) {
        widgets.add(field);
        filled.add(
            new Filled(name.isEmpty() ? "unnamed" : name, value, page(widgets, widgetPages)));
      }
    }
    return filled;
  }

  private @Nullable String value(COSDictionary field, @Nullable COSName type) throws IOException {
    COSBase value = field.getDictionaryObject(COSName.V);
    if (SIG.equals(type) && value instanceof COSDictionary signature) {
      List<String> parts = new ArrayList<>();
      for (COSName key : SIGNATURE_KEYS) {
        String part = signature.getString(key);
        if (part != null && !part.isBlank()) {
          parts.add(part);
        }
      }
      return parts.isEmpty() ? "signed" : String.join("\n", parts);
    }
    if (value instanceof COSName name) {
      return "Off".equals(name.getName()) ? null : name.getName();
    }
    if (value instanceof COSArray array) {
      List<String> parts = new ArrayList<>();
      for (int i = 0; i < Math.min(array.size(), 1_000); i++) {
        String part = Texts.of(array.getObject(i), streams, MAX_VALUE_BYTES);
        if (part != null) {
          parts.add(part);
        }
      }
      return String.join("\n", parts);
    }
    return Texts.of(value, streams, MAX_VALUE_BYTES);
  }

  private static int page(List<COSDictionary> widgets, Map<COSDictionary, Integer> widgetPages) {
    for (COSDictionary widget : widgets) {
      Integer page = widgetPages.get(widget);
      if (page != null) {
        return page;
      }
    }
    return 0;
  }

  /** The data packet of an XFA form: every value in it, and how many. */
  private void xfa(COSDictionary form) {
    COSBase xfa = form.getDictionaryObject(XFA);
    List<COSStream> packets = new ArrayList<>();
    if (xfa instanceof COSStream stream) {
      packets.add(stream);
    } else if (xfa instanceof COSArray array) {
      for (int i = 1; i < Math.min(array.size(), 2_000); i += 2) {
        if (array.getObject(i) instanceof COSStream stream) {
          packets.add(stream);
        }
      }
    }
    if (packets.isEmpty()) {
      return;
    }
    Location where = out.part("form").range("XFA form");
    ByteArrayOutputStream xml = new ByteArrayOutputStream();
    try {
      for (COSStream packet : packets) {
        byte[] bytes = streams.read(packet, MAX_XFA_BYTES - xml.size());
        if (bytes == null) {
          break;
        }
        xml.write(bytes);
      }
    } catch (IOException e) {
      out.structure(
          HiddenContent.UNINSPECTABLE,
          where,
          1,
          "the XFA form is damaged; the data it holds cannot be checked for personal data");
    }
    List<String> values = datasetValues(xml.toByteArray());
    out.structure(
        HiddenContent.PDF_FORM_DATA,
        where,
        values.size(),
        "the form is also stored as an XFA form, which some viewers show instead of the AcroForm"
            + (values.isEmpty() ? "" : "; its data holds " + Texts.plural(values.size(), "value")));
    out.text(where, HiddenContent.PDF_FORM_DATA, String.join("\n", values));
  }

  /** Text inside the {@code datasets} packet, where XFA keeps the data entered. */
  private static List<String> datasetValues(byte[] xml) {
    List<String> values = new ArrayList<>();
    try {
      XMLStreamReader reader = SafeXml.reader(xml);
      int depthInDatasets = 0;
      while (reader.hasNext() && values.size() < MAX_FIELDS) {
        int event = reader.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          if (depthInDatasets > 0 || "datasets".equals(reader.getLocalName())) {
            depthInDatasets++;
          }
        } else if (event == XMLStreamConstants.END_ELEMENT && depthInDatasets > 0) {
          depthInDatasets--;
        } else if (event == XMLStreamConstants.CHARACTERS && depthInDatasets > 0) {
          String text = reader.getText().strip();
          if (!text.isEmpty()) {
            values.add(text);
          }
        }
      }
    } catch (XMLStreamException | RuntimeException e) {
      // A damaged or hostile packet: the values read so far stand, the structure is still reported.
    }
    return values;
  }
}
