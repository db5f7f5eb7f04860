package uk.warden.inspect.format.ooxml;

import java.io.IOException;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.content.ContentSink;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Location;

/** A VBA project in the package, whatever the file is called: .docx files can carry one too. */
final class MacroProject {

  private static final String VBA_TYPE = "application/vnd.ms-office.vbaProject";

  private MacroProject() {}

  static void report(OoxmlPackage pkg, Location base, ContentSink sink)
      throws IOException, XMLStreamException {
    @Nullable String main = pkg.mainPart();
    @Nullable String mainType = main == null ? null : pkg.contentType(main);
    boolean macroEnabled =
        mainType != null && mainType.toLowerCase(Locale.ROOT).contains("macroenabled");
    for (String part : pkg.partNames()) {
      boolean vba =
          PartNames.fileName(part).equalsIgnoreCase("vbaProject.bin")
              || VBA_TYPE.equals(pkg.contentType(part));
      if (vba) {
        sink.structure(
            HiddenContent.MACROS,
            base.part(part),
            1,
            "a VBA macro project"
                + (macroEnabled
                    ? "; the file is saved as macro-enabled"
                    : "; the file claims not to be macro-enabled"));
      }
    }
  }
}
