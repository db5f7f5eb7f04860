package uk.warden.inspect.format.ooxml;

import java.io.IOException;
import java.util.Locale;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.content.ContentSink;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Location;

/**
 * Charts keep a copy of the values they plot. When the chart's data lives in an embedded workbook,
 * that workbook is inspected anyway and the cache is what the chart shows. The cache is a finding
 * when it is the only copy in the file: the data came from a linked file or is missing, or series
 * were filtered out of the chart but are still cached.
 */
final class ChartCaches {

  private static final String CHART_TYPE =
      "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
  private static final int CHUNK = 64 * 1024;

  private ChartCaches() {}

  static void report(OoxmlPackage pkg, Location base, ContentSink sink)
      throws IOException, XMLStreamException {
    for (String part : pkg.partNames()) {
      if (chart(pkg, part)) {
        reportChart(pkg, part, base.part(part), sink);
      }
    }
  }

  private static boolean chart(OoxmlPackage pkg, String part) {
    String type = pkg.contentType(part);
    if (CHART_TYPE.equals(type)) {
      return true;
    }
    String lower = part.toLowerCase(Locale.ROOT);
    return type == null && lower.contains("/charts/chart") && lower.endsWith(".xml");
  }

  private static void reportChart(OoxmlPackage pkg, String part, Location at, ContentSink sink)
      throws IOException, XMLStreamException {
    Cache cache = readCache(pkg, part);
    Source source = source(pkg, part, cache.externalDataId);
    boolean finding = source != Source.EMBEDDED || cache.filteredSeries > 0;
    HiddenContent hiddenBy = finding ? HiddenContent.CACHED_DATA : null;
    for (int start = 0; start < cache.values.length(); start += CHUNK) {
      sink.text(
          at,
          hiddenBy,
          cache.values.subSequence(start, Math.min(cache.values.length(), start + CHUNK)));
    }
    if (!finding || cache.points == 0) {
      return;
    }
    String detail =
        switch (source) {
          case LINKED -> "a chart caches " + cache.points + " values copied from a linked file";
          case MISSING ->
              "a chart caches " + cache.points + " values and has no source data in the file";
          case EMBEDDED -> "a chart caches " + cache.points + " values";
        };
    if (cache.filteredSeries > 0) {
      detail += ", including " + cache.filteredSeries + " filtered-out series no longer shown";
    }
    sink.structure(HiddenContent.CACHED_DATA, at, cache.points, detail);
  }

  private static Source source(OoxmlPackage pkg, String part, @Nullable String externalDataId)
      throws IOException, XMLStreamException {
    if (externalDataId == null) {
      return Source.MISSING;
    }
    for (Relationship relationship : pkg.relationships(part)) {
      if (relationship.id().equals(externalDataId)) {
        if (relationship.external()) {
          return Source.LINKED;
        }
        return pkg.has(relationship.target()) ? Source.EMBEDDED : Source.MISSING;
      }
    }
    return Source.MISSING;
  }

  private static Cache readCache(OoxmlPackage pkg, String part)
      throws IOException, XMLStreamException {
    Cache cache = new Cache();
    XMLStreamReader reader = pkg.xml(part);
    try {
      int inCache = 0;
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = reader.getLocalName();
          if (name.endsWith("Cache")) {
            inCache++;
          } else if (name.equals("externalData")) {
            cache.externalDataId = SafeXml.attribute(reader, "id");
          } else if (name.startsWith("filtered") && name.endsWith("Series")) {
            cache.filteredSeries++;
          } else if (inCache > 0 && name.equals("pt")) {
            cache.points++;
          } else if (inCache > 0 && name.equals("v")) {
            String value = SafeXml.text(reader, 10_000);
            if (cache.values.length() < 10_000_000) {
              cache.values.append(value).append('\n');
            }
          }
        } else if (event == XMLStreamConstants.END_ELEMENT
            && reader.getLocalName().endsWith("Cache")) {
          inCache--;
        }
      }
    } finally {
      reader.close();
    }
    return cache;
  }

  private enum Source {
    EMBEDDED,
    LINKED,
    MISSING
  }

  private static final class Cache {
    @Nullable String externalDataId;
    int points;
    int filteredSeries;
    final StringBuilder values = new StringBuilder();
  }
}
