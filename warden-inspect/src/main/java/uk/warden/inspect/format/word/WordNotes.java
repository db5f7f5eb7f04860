package uk.warden.inspect.format.word;

import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.format.ooxml.SafeXml;

/** Names footnotes and endnotes by their id, skipping the separators Word keeps among them. */
final class WordNotes implements StoryReader.Containers {

  @Override
  public @Nullable String enter(XMLStreamReader reader) {
    String name = reader.getLocalName();
    if (!name.equals("footnote") && !name.equals("endnote")) {
      return null;
    }
    String id = SafeXml.attribute(reader, "id");
    return name + " " + (id == null ? "" : id);
  }
}
