package uk.warden.inspect.format.ooxml;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import uk.warden.inspect.content.ContentSink;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Location;

/**
 * External relationships in every relationships part of the package, whichever part holds them: the
 * document, its settings (attached template, mail merge), charts (linked workbooks), slides.
 */
final class ExternalRelationships {

  private ExternalRelationships() {}

  static void report(OoxmlPackage pkg, Location base, ContentSink sink)
      throws IOException, XMLStreamException {
    for (String relsPart : pkg.partNames()) {
      String source = PartNames.sourceOf(relsPart);
      if (source == null) {
        continue;
      }
      Location at = base.part(source.isEmpty() ? relsPart : source);
      List<String> ids = new ArrayList<>();
      Map<String, Integer> kinds = new LinkedHashMap<>();
      for (Relationship relationship : pkg.relationships(source)) {
        if (!relationship.external()) {
          continue;
        }
        boolean finding = ExternalLinks.finding(relationship.kind(), relationship.target());
        sink.text(
            at.range(relationship.id()),
            finding ? HiddenContent.EXTERNAL_LINK : null,
            relationship.target());
        if (finding) {
          ids.add(relationship.id());
          kinds.merge(ExternalLinks.describe(relationship.kind()), 1, Integer::sum);
        }
      }
      if (!ids.isEmpty()) {
        sink.structure(
            HiddenContent.EXTERNAL_LINK,
            at.range(String.join(", ", ids)),
            ids.size(),
            (ids.size() == 1 ? "1 link" : ids.size() + " links")
                + " to content outside the document: "
                + describe(kinds));
      }
    }
  }

  private static String describe(Map<String, Integer> kinds) {
    List<String> parts = new ArrayList<>();
    kinds.forEach((kind, n) -> parts.add(n == 1 ? kind : kind + " (×" + n + ")"));
    return String.join(", ", parts);
  }
}
