package uk.warden.inspect.format.image;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The fields found beyond the technical basics, by kind and by metadata block. */
final class MetadataFindings {

  private final Map<MetadataKind, Integer> kinds = new EnumMap<>(MetadataKind.class);
  private final Set<String> blocks = new LinkedHashSet<>();
  private final List<String> texts = new ArrayList<>();
  private int fields;

  void add(String block, MetadataKind kind, String value) {
    kinds.merge(kind, 1, Integer::sum);
    blocks.add(block);
    fields++;
    String trimmed = value.trim();
    if (kind.textual() && !trimmed.isEmpty()) {
      texts.add(trimmed);
    }
  }

  boolean isEmpty() {
    return fields == 0;
  }

  int fields() {
    return fields;
  }

  List<String> texts() {
    return texts;
  }

  String blocks() {
    return String.join(", ", blocks);
  }

  String detail() {
    return "image metadata: "
        + kinds.keySet().stream().map(MetadataKind::description).collect(Collectors.joining("; "));
  }
}
