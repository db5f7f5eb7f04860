package uk.warden.inspect.format.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.poifs.macros.VBAMacroReader;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.content.HiddenContent;

/**
 * A VBA project (vbaProject.bin in OOXML, the _VBA_PROJECT_CUR storage in XLS): reported as macros
 * with its module count, and the module source handed over as hidden text, since code sometimes
 * carries names, paths or credentials.
 */
final class VbaProject {

  private VbaProject() {}

  static void reportOoxml(Reporter reporter, String part, byte[] bin) {
    Map<String, String> modules = null;
    try (VBAMacroReader reader = new VBAMacroReader(new ByteArrayInputStream(bin))) {
      modules = reader.readMacros();
    } catch (IOException | RuntimeException e) {
      modules = null;
    }
    report(reporter, part, modules);
  }

  static void reportStorage(Reporter reporter, String part, POIFSFileSystem fs) {
    Map<String, String> modules;
    try {
      VBAMacroReader reader = new VBAMacroReader(fs);
      modules = reader.readMacros();
    } catch (IOException | RuntimeException e) {
      modules = null;
    }
    report(reporter, part, modules);
  }

  private static void report(
      Reporter reporter, String part, @Nullable Map<String, String> modules) {
    if (modules == null) {
      reporter.structure(
          HiddenContent.MACROS, part, null, 1, "a VBA project (its modules could not be listed)");
      return;
    }
    modules.forEach((module, code) -> reporter.text(part, module, HiddenContent.MACROS, code));
    reporter.structure(
        HiddenContent.MACROS,
        part,
        null,
        Math.max(1, modules.size()),
        "a VBA project with %s".formatted(Sizes.count(modules.size(), "module", "modules")));
  }
}
