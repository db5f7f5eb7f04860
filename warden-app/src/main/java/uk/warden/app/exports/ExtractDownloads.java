package uk.warden.app.exports;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Sends a released extract's file as a download, the same from the pages and the API. */
@Component
public class ExtractDownloads {

  private final ExportService exports;

  ExtractDownloads(ExportService exports) {
    this.exports = exports;
  }

  /** The file as made, named {@code extract-ID.csv} (or .xlsx, .zip); refused unless released. */
  public ResponseEntity<byte[]> file(long id) {
    RecordedExtract extract = exports.extract(id);
    byte[] bytes = exports.file(id);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(extract.format().mediaType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("extract-" + id + "." + extract.format().word())
                .build()
                .toString())
        .body(bytes);
  }
}
