package uk.warden.inspect;

import java.util.Set;
import java.util.function.Consumer;
import uk.warden.inspect.content.ContentSink;
import uk.warden.inspect.content.Format;
import uk.warden.inspect.content.FormatReader;
import uk.warden.inspect.content.Source;

/** A reader that reports what a test scripts, to test the engine apart from real formats. */
final class ScriptedReader implements FormatReader {

  private final Consumer<ContentSink> script;

  ScriptedReader(Consumer<ContentSink> script) {
    this.script = script;
  }

  @Override
  public Set<Format> formats() {
    return Set.of(Format.TEXT);
  }

  @Override
  public void read(Source source, ContentSink sink) {
    script.accept(sink);
  }
}
