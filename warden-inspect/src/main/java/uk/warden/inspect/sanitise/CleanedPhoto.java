package uk.warden.inspect.sanitise;

import java.util.List;

/**
 * A photo without its metadata, ready to leave: the picture's bytes untouched, and what was taken
 * out in words a user checks before sending (empty when there was nothing to take).
 *
 * @param format {@code "jpeg"} or {@code "png"}
 */
public record CleanedPhoto(byte[] bytes, String format, List<String> removed) {

  public CleanedPhoto {
    removed = List.copyOf(removed);
  }
}
