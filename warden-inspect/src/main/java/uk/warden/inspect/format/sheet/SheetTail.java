package uk.warden.inspect.format.sheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a worksheet part says after its cell data: filter ranges, merged areas, hyperlinks,
 * header/footer text and the drawing it shows. Collected during the cell pass, element by element.
 */
final class SheetTail {

  /** A hyperlink: its cell, its relationship (external target) or in-workbook location. */
  record Hyperlink(String ref, @Nullable String relationshipId, @Nullable String location) {}

  final List<int[]> filterAreas = new ArrayList<>();
  final List<int[]> merges = new ArrayList<>();
  final List<Hyperlink> hyperlinks = new ArrayList<>();
  final Map<String, String> headerFooter = new LinkedHashMap<>();
  final Set<String> drawingIds = new LinkedHashSet<>();

  /** Takes one start element that follows the cell data. */
  void element(XmlPart xml) {
    switch (xml.localName()) {
      case "autoFilter" -> area(xml.attr("ref"), filterAreas);
      case "mergeCell" -> area(xml.attr("ref"), merges);
      case "hyperlink" -> {
        String ref = xml.attr("ref");
        if (ref != null) {
          hyperlinks.add(new Hyperlink(ref, xml.relationshipId(), xml.attr("location")));
        }
      }
      case "oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader", "firstFooter" -> {
        String section = xml.localName();
        String text = xml.text();
        if (!text.isBlank()) {
          headerFooter.put(section, text);
        }
      }
      case "drawing" -> {
        String id = xml.relationshipId();
        if (id != null) {
          drawingIds.add(id);
        }
      }
      default -> {
        // page setup, protection, conditional formats and the like hide nothing
      }
    }
  }

  /** Applies what hides cells to the sheet's layout. */
  void applyTo(SheetLayout layout) {
    layout.filterAreas.addAll(filterAreas);
    merges.forEach(layout.merges::add);
    layout.headerFooter.putAll(headerFooter);
  }

  private static void area(@Nullable String ref, List<int[]> areas) {
    int[] area = A1.parseArea(ref);
    if (area != null) {
      areas.add(area);
    }
  }
}
