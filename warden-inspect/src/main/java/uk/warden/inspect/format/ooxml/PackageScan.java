package uk.warden.inspect.format.ooxml;

import java.io.IOException;
import javax.xml.stream.XMLStreamException;
import uk.warden.inspect.content.ContentSink;
import uk.warden.inspect.content.Location;

/**
 * What any Office Open XML package can hide whatever application wrote it: properties, links to
 * other files, embedded objects, picture metadata, macros, chart caches and library properties.
 * Format readers call this once, after their own parts.
 */
public final class PackageScan {

  private PackageScan() {}

  public static void report(OoxmlPackage pkg, Location base, ContentSink sink)
      throws IOException, XMLStreamException {
    DocumentProperties.report(pkg, base, sink);
    CustomXmlProperties.report(pkg, base, sink);
    ExternalRelationships.report(pkg, base, sink);
    MacroProject.report(pkg, base, sink);
    EmbeddedObjects.report(pkg, base, sink);
    ChartCaches.report(pkg, base, sink);
    PackagePictures.report(pkg, base, sink);
  }
}
