package uk.warden.inspect;

import java.util.Set;
import java.util.function.Consumer;
import uk.warden.inspect.content.ContentSink;
import uk.warden.inspect.content.Format;
import uk.warden.inspect.content.FormatReader;
import uk.warden.inspect.content.Source;

/** A reader that reports what a test scripts, to test the engine apart from real formats. */
public final class ScriptedReader implements FormatReader {

  private final Consumer<ContentSink> script;
  private final Set<Format> formats;

  ScriptedReader(Consumer<ContentSink> script) {
    this(script, Format.TEXT);
  }

  public ScriptedReader(Consumer<ContentSink> script, Format... formats) {
    this.script = script;
    this.formats = Set.of(formats);
  }

  @Override
  public Set<Format> formats() {
    return formats;
  }

  @Override
  public void read(Source source, ContentSink sink) {
    script.accept(sink);
  }
}
