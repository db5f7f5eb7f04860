package uk.warden.inspect.format.word;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.content.ContentSink;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Location;
import uk.warden.inspect.format.ooxml.OoxmlPackage;
import uk.warden.inspect.format.ooxml.SafeXml;

/**
 * Names each comment as it is read ("comment 2, at paragraph 9") and counts comments, their authors
 * and those marked done. Resolved comments are still in the file, which is why they count.
 */
final class WordComments implements StoryReader.Containers {

  private final Map<String, Integer> anchors;
  private final Set<String> authors = new LinkedHashSet<>();
  private int count;

  WordComments(Map<String, Integer> anchors) {
    this.anchors = anchors;
  }

  @Override
  public @Nullable String enter(XMLStreamReader reader) {
    if (!reader.getLocalName().equals("comment")) {
      return null;
    }
    count++;
    for (String attribute : new String[] {"author", "initials"}) {
      String value = SafeXml.attribute(reader, attribute);
      if (value != null && !value.isBlank() && authors.size() < 200) {
        authors.add(value.trim());
      }
    }
    String id = SafeXml.attribute(reader, "id");
    Integer anchor = id == null ? null : anchors.get(id);
    return "comment " + count + (anchor == null ? "" : ", at paragraph " + anchor);
  }

  void report(
      OoxmlPackage pkg,
      @Nullable String extendedPart,
      @Nullable String peoplePart,
      Location base,
      String part,
      ContentSink sink)
      throws IOException, XMLStreamException {
    if (!authors.isEmpty()) {
      sink.text(
          base.part(part).range("comment authors"),
          HiddenContent.COMMENTS,
          String.join("; ", authors));
    }
    if (peoplePart != null) {
      people(pkg, peoplePart, base, sink);
    }
    if (count == 0) {
      return;
    }
    int done = extendedPart == null ? 0 : done(pkg, extendedPart);
    sink.structure(
        HiddenContent.COMMENTS,
        base.part(part),
        count,
        (count == 1 ? "1 comment" : count + " comments")
            + (done > 0 ? " (" + done + " marked done)" : ""));
  }

  private static int done(OoxmlPackage pkg, String part) throws IOException, XMLStreamException {
    int done = 0;
    XMLStreamReader reader = pkg.xml(part);
    try {
      while (reader.hasNext()) {
        if (reader.next() == XMLStreamConstants.START_ELEMENT
            && reader.getLocalName().equals("commentEx")
            && SafeXml.flag(reader, "done", false)) {
          done++;
        }
      }
    } finally {
      reader.close();
    }
    return done;
  }

  /** people.xml: reviewers' names and account ids (often e-mail addresses). */
  private static void people(OoxmlPackage pkg, String part, Location base, ContentSink sink)
      throws IOException, XMLStreamException {
    Set<String> values = new LinkedHashSet<>();
    XMLStreamReader reader = pkg.xml(part);
    try {
      while (reader.hasNext() && values.size() < 400) {
        if (reader.next() != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        String name = reader.getLocalName();
        String value =
            name.equals("person")
                ? SafeXml.attribute(reader, "author")
                : name.equals("presenceInfo") ? SafeXml.attribute(reader, "userId") : null;
        if (value != null && !value.isBlank()) {
          values.add(value.trim());
        }
      }
    } finally {
      reader.close();
    }
    if (!values.isEmpty()) {
      sink.text(base.part(part), HiddenContent.COMMENTS, String.join("; ", values));
    }
  }
}
