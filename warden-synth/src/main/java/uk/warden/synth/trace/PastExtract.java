package uk.warden.synth.trace;

import java.util.ArrayList;
import java.util.List;

/**
 * A past extract as generated: which people went, with which columns. It is marked again when a
 * leak is cut from it; marking is deterministic, so that gives back the very file that was sent.
 *
 * @param people workforce indexes, in the order the source system listed them
 * @param columns indexes into {@link Workforce#COLUMNS}, ascending
 * @param series the monthly series it belongs to, or -1 for a one-off extract
 */
public record PastExtract(String id, int[] people, int[] columns, int series) {

  List<String> header() {
    List<String> header = new ArrayList<>(columns.length);
    for (int c : columns) {
      header.add(Workforce.COLUMNS.get(c));
    }
    return header;
  }

  List<List<String>> rows(Workforce workforce) {
    List<List<String>> rows = new ArrayList<>(people.length);
    for (int p : people) {
      List<String> person = workforce.row(p);
      List<String> row = new ArrayList<>(columns.length);
      for (int c : columns) {
        row.add(person.get(c));
      }
      rows.add(row);
    }
    return rows;
  }
}
