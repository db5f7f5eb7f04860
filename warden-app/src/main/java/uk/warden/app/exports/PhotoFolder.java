package uk.warden.app.exports;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the server finds people's photos for ZIP extracts made on the web or the API, from {@code
 * warden.exports.photos-dir}; unset, no ZIP extract can be made there (the CLI takes --photos).
 */
@Component
public class PhotoFolder {

  private final @Nullable Path folder;

  PhotoFolder(@Value("${warden.exports.photos-dir:}") String folder) {
    this.folder = folder.isBlank() ? null : Path.of(folder);
  }

  public @Nullable Path path() {
    return folder;
  }
}
