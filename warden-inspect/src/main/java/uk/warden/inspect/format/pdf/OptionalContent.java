package uk.warden.inspect.format.pdf;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jspecify.annotations.Nullable;

/**
 * Which layers (optional content groups) the default configuration switches off, and whether a
 * piece of marked content or a form belongs to one. Content in such a layer is in the file but not
 * on screen or paper unless someone opens the layers panel.
 */
final class OptionalContent {

  private static final int MAX_GROUPS = 10_000;
  private static final COSName OCMD = COSName.getPDFName("OCMD");
  private static final COSName OCGS = COSName.getPDFName("OCGs");
  private static final COSName BASE_STATE = COSName.getPDFName("BaseState");
  private static final COSName POLICY = COSName.getPDFName("P");

  private final Map<COSDictionary, Layer> off = new IdentityHashMap<>();
  private final Map<COSDictionary, Layer> offInOrder = new LinkedHashMap<>();

  private OptionalContent() {}

  static OptionalContent of(PDDocument document) {
    OptionalContent content = new OptionalContent();
    COSDictionary properties =
        document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.OCPROPERTIES);
    if (properties == null) {
      return content;
    }
    COSDictionary defaults = properties.getCOSDictionary(COSName.D);
    List<COSDictionary> all = groups(properties.getDictionaryObject(OCGS));
    if (defaults == null) {
      return content;
    }
    List<COSDictionary> switchedOff;
    if (COSName.OFF.equals(defaults.getCOSName(BASE_STATE))) {
      List<COSDictionary> on = groups(defaults.getDictionaryObject(COSName.ON));
      switchedOff = new ArrayList<>();
      for (COSDictionary group : all) {
        if (on.stream().noneMatch(g -> g == group)) {
          switchedOff.add(group);
        }
      }
    } else {
      switchedOff = groups(defaults.getDictionaryObject(COSName.OFF));
    }
    for (COSDictionary group : switchedOff) {
      String name = group.getString(COSName.NAME);
      Layer layer =
          new Layer(name == null || name.isBlank() ? "unnamed" : name, ObjectIds.of(group), group);
      content.off.put(group, layer);
      content.offInOrder.put(group, layer);
    }
    return content;
  }

  List<Layer> offLayers() {
    return new ArrayList<>(offInOrder.values());
  }

  /** The switched-off layer that hides content marked with these properties, if any. */
  @Nullable Layer hiding(@Nullable COSDictionary properties) {
    if (properties == null || off.isEmpty()) {
      return null;
    }
    if (!OCMD.equals(properties.getCOSName(COSName.TYPE))) {
      return off.get(properties);
    }
    List<COSDictionary> members = groups(properties.getDictionaryObject(OCGS));
    if (members.isEmpty()) {
      return null;
    }
    int offCount = 0;
    Layer firstOff = null;
    for (COSDictionary member : members) {
      Layer layer = off.get(member);
      if (layer != null) {
        offCount++;
        firstOff = firstOff == null ? layer : firstOff;
      }
    }
    COSName policy = properties.getCOSName(POLICY);
    String name = policy == null ? "AnyOn" : policy.getName();
    boolean visible =
        switch (name) {
          case "AllOn" -> offCount == 0;
          case "AnyOff" -> offCount > 0;
          case "AllOff" -> offCount == members.size();
          default -> offCount < members.size();
        };
    if (visible) {
      return null;
    }
    return firstOff != null
        ? firstOff
        : new Layer("membership " + ObjectIds.of(properties), ObjectIds.of(properties), properties);
  }

  private static List<COSDictionary> groups(@Nullable COSBase entry) {
    List<COSDictionary> groups = new ArrayList<>();
    if (entry instanceof COSObject object) {
      entry = object.getObject();
    }
    if (entry instanceof COSDictionary dictionary) {
      groups.add(dictionary);
    } else if (entry instanceof COSArray array) {
      for (int i = 0; i < Math.min(array.size(), MAX_GROUPS); i++) {
        if (array.getObject(i) instanceof COSDictionary dictionary) {
          groups.add(dictionary);
        }
      }
    }
    return groups;
  }
}
