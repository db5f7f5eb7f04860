package uk.warden.inspect.content;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Keeps everything a reader reports, for reader tests to assert on. */
public final class RecordingSink implements ContentSink {

  public record Structure(HiddenContent code, Location location, long count, String detail) {}

  public record Text(Location location, @Nullable HiddenContent hiddenBy, String text) {}

  public record Table(Location location, @Nullable HiddenContent hiddenBy, List<Cell> cells) {}

  public record Cell(int row, int column, String value, @Nullable HiddenContent hiddenBy) {}

  public record Nested(Location location, String name, byte[] content) {}

  public final List<Structure> structures = new ArrayList<>();
  public final List<Text> texts = new ArrayList<>();
  public final List<Table> tables = new ArrayList<>();
  public final List<Nested> nested = new ArrayList<>();

  @Override
  public void structure(HiddenContent code, Location location, long count, String detail) {
    structures.add(new Structure(code, location, count, detail));
  }

  @Override
  public void text(Location location, @Nullable HiddenContent hiddenBy, CharSequence text) {
    texts.add(new Text(location, hiddenBy, text.toString()));
  }

  @Override
  public void table(Location location, @Nullable HiddenContent hiddenBy) {
    tables.add(new Table(location, hiddenBy, new ArrayList<>()));
  }

  @Override
  public void cell(int row, int column, CharSequence value, @Nullable HiddenContent hiddenBy) {
    if (tables.isEmpty()) {
      throw new IllegalStateException("a cell arrived before any table");
    }
    tables.get(tables.size() - 1).cells().add(new Cell(row, column, value.toString(), hiddenBy));
  }

  @Override
  public void nested(Location location, String name, byte[] content) {
    nested.add(new Nested(location, name, content));
  }

  public List<HiddenContent> codes() {
    return structures.stream().map(Structure::code).distinct().collect(Collectors.toList());
  }

  public List<Structure> structures(HiddenContent code) {
    return structures.stream().filter(s -> s.code() == code).collect(Collectors.toList());
  }

  /** All text and cell values, visible and hidden, joined by newlines. */
  public String allText() {
    StringBuilder all = new StringBuilder();
    texts.forEach(t -> all.append(t.text()).append('\n'));
    tables.forEach(t -> t.cells().forEach(c -> all.append(c.value()).append('\n')));
    return all.toString();
  }
}
