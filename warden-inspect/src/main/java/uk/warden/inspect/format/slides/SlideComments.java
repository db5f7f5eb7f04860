package uk.warden.inspect.format.slides;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import uk.warden.inspect.content.ContentSink;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Location;
import uk.warden.inspect.format.ooxml.OoxmlPackage;
import uk.warden.inspect.format.ooxml.SafeXml;

/**
 * Comments on slides, in both forms PowerPoint writes: the legacy comment parts ({@code p:cm} with
 * {@code p:text}) and the modern threaded ones ({@code p188:cm} with replies). The people who wrote
 * them are listed in the presentation's author parts, read once.
 */
final class SlideComments {

  private SlideComments() {}

  /** Reports the comments of one slide; returns how many there were. */
  static int report(OoxmlPackage pkg, String slide, Location at, ContentSink sink)
      throws IOException, XMLStreamException {
    int comments = 0;
    int replies = 0;
    for (String part : pkg.targets(slide, "comments")) {
      XMLStreamReader reader = pkg.xml(part);
      try {
        StringBuilder text = new StringBuilder();
        boolean inText = false;
        while (reader.hasNext()) {
          int event = reader.next();
          if (event == XMLStreamConstants.START_ELEMENT) {
            switch (reader.getLocalName()) {
              case "cm" -> comments++;
              case "reply" -> replies++;
              case "replyLst" -> {
                if (!text.toString().isBlank()) {
                  sink.text(at.range("comments"), HiddenContent.COMMENTS, text.toString().strip());
                }
                text.setLength(0);
              }
              case "text", "t" -> inText = true;
              case "p" -> {
                if (text.length() > 0) {
                  text.append('\n');
                }
              }
              default -> {
                // positions, dates, ids
              }
            }
          } else if (event == XMLStreamConstants.END_ELEMENT) {
            String name = reader.getLocalName();
            if (name.equals("text") || name.equals("t")) {
              inText = false;
            } else if ((name.equals("cm") || name.equals("reply")) && !text.toString().isBlank()) {
              sink.text(at.range("comments"), HiddenContent.COMMENTS, text.toString().strip());
              text.setLength(0);
            }
          } else if (inText
              && event == XMLStreamConstants.CHARACTERS
              && text.length() < (1 << 20)) {
            text.append(reader.getText());
          }
        }
      } finally {
        reader.close();
      }
    }
    int total = comments + replies;
    if (total > 0) {
      sink.structure(
          HiddenContent.COMMENTS,
          at.range("comments"),
          total,
          (comments == 1 ? "1 comment" : comments + " comments")
              + (replies == 0
                  ? ""
                  : replies == 1 ? " and 1 reply" : " and " + replies + " replies"));
    }
    return total;
  }

  /** The legacy and modern author lists: names, initials and account ids of reviewers. */
  static void authors(OoxmlPackage pkg, String presentation, Location base, ContentSink sink)
      throws IOException, XMLStreamException {
    for (String kind : new String[] {"commentAuthors", "authors"}) {
      String part = pkg.target(presentation, kind);
      if (part == null) {
        continue;
      }
      Set<String> people = new LinkedHashSet<>();
      XMLStreamReader reader = pkg.xml(part);
      try {
        while (reader.hasNext() && people.size() < 400) {
          if (reader.next() == XMLStreamConstants.START_ELEMENT
              && (reader.getLocalName().equals("cmAuthor")
                  || reader.getLocalName().equals("author"))) {
            for (String attribute : new String[] {"name", "initials", "userId"}) {
              String value = SafeXml.attribute(reader, attribute);
              if (value != null && !value.isBlank()) {
                people.add(value.strip());
              }
            }
          }
        }
      } finally {
        reader.close();
      }
      if (!people.isEmpty()) {
        sink.text(base.part(part), HiddenContent.COMMENTS, String.join("; ", people));
      }
    }
  }
}
