package uk.warden.inspect.format.word;

import javax.xml.stream.XMLStreamReader;
import uk.warden.inspect.format.ooxml.SafeXml;

/** Reads the visibility-relevant children of a {@code w:rPr} into a {@link RunFormat}. */
final class RunProperties {

  private RunProperties() {}

  static RunFormat apply(String element, XMLStreamReader reader, RunFormat format) {
    return switch (element) {
      case "vanish", "specVanish" -> format.withVanish(SafeXml.flag(reader, "val", true));
      case "color" -> {
        String color = SafeXml.attribute(reader, "val");
        yield color == null ? format : format.withColor(color);
      }
      case "sz" -> {
        String size = SafeXml.attribute(reader, "val");
        yield size == null ? format : withSize(format, size);
      }
      default -> format;
    };
  }

  private static RunFormat withSize(RunFormat format, String size) {
    try {
      return format.withHalfPoints(Integer.parseInt(size.trim()));
    } catch (NumberFormatException notANumber) {
      return format;
    }
  }

  /** A fill or highlight that is a colour other than white: white text on it can be read. */
  static boolean coloured(XMLStreamReader reader, String attribute) {
    String fill = SafeXml.attribute(reader, attribute);
    return fill != null
        && !fill.equalsIgnoreCase("auto")
        && !fill.equalsIgnoreCase("FFFFFF")
        && !fill.equalsIgnoreCase("none")
        && !fill.equalsIgnoreCase("white");
  }
}
