package uk.warden.inspect.format.word;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.format.ooxml.OoxmlPackage;
import uk.warden.inspect.format.ooxml.SafeXml;

/**
 * The styles' run properties, so that text hidden through a style ("Hidden" character style, a
 * paragraph style set to white) is found as surely as direct formatting.
 */
final class WordStyles {

  /** Style chains are short; a longer one is a loop in a hostile file. */
  private static final int MAX_CHAIN = 20;

  private record Style(@Nullable String basedOn, RunFormat format) {}

  private final Map<String, Style> styles;
  private final RunFormat defaults;
  private final @Nullable String defaultParagraphStyle;

  private WordStyles(
      Map<String, Style> styles, RunFormat defaults, @Nullable String defaultParagraphStyle) {
    this.styles = styles;
    this.defaults = defaults;
    this.defaultParagraphStyle = defaultParagraphStyle;
  }

  static WordStyles none() {
    return new WordStyles(Map.of(), RunFormat.NONE, null);
  }

  static WordStyles read(OoxmlPackage pkg, String part) throws IOException, XMLStreamException {
    Map<String, Style> styles = new HashMap<>();
    RunFormat defaults = RunFormat.NONE;
    @Nullable String defaultParagraph = null;
    XMLStreamReader reader = pkg.xml(part);
    try {
      @Nullable String styleId = null;
      @Nullable String basedOn = null;
      RunFormat format = RunFormat.NONE;
      boolean inDefaults = false;
      boolean inRunProperties = false;
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = reader.getLocalName();
          switch (name) {
            case "rPrDefault" -> inDefaults = true;
            case "style" -> {
              styleId = SafeXml.attribute(reader, "styleId");
              basedOn = null;
              format = RunFormat.NONE;
              if ("paragraph".equals(SafeXml.attribute(reader, "type"))
                  && SafeXml.flag(reader, "default", false)) {
                defaultParagraph = styleId;
              }
            }
            case "basedOn" -> basedOn = SafeXml.attribute(reader, "val");
            case "rPr" -> inRunProperties = true;
            case "pPr", "tblPr", "trPr", "tcPr", "tblStylePr" -> SafeXml.skip(reader);
            default -> {
              if (inRunProperties) {
                RunFormat changed =
                    RunProperties.apply(name, reader, inDefaults ? defaults : format);
                if (inDefaults) {
                  defaults = changed;
                } else {
                  format = changed;
                }
              }
            }
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          switch (reader.getLocalName()) {
            case "rPrDefault" -> inDefaults = false;
            case "rPr" -> inRunProperties = false;
            case "style" -> {
              if (styleId != null) {
                styles.put(styleId, new Style(basedOn, format));
              }
              styleId = null;
            }
            default -> {
              // nothing to close
            }
          }
        }
      }
    } finally {
      reader.close();
    }
    return new WordStyles(styles, defaults, defaultParagraph);
  }

  /** The format a run gets from the styles before its own direct formatting. */
  RunFormat resolve(@Nullable String paragraphStyle, @Nullable String characterStyle) {
    RunFormat format = defaults;
    format = chain(paragraphStyle != null ? paragraphStyle : defaultParagraphStyle).over(format);
    return chain(characterStyle).over(format);
  }

  private RunFormat chain(@Nullable String styleId) {
    RunFormat format = RunFormat.NONE;
    String id = styleId;
    for (int depth = 0; id != null && depth < MAX_CHAIN; depth++) {
      Style style = styles.get(id);
      if (style == null) {
        break;
      }
      format = format.over(style.format());
      id = style.basedOn();
    }
    return format;
  }
}
