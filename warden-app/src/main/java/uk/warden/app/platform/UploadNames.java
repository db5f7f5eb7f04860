package uk.warden.app.platform;

import org.springframework.web.multipart.MultipartFile;

/** The name to show for an uploaded file: the last part of what the client sent, or "upload". */
public final class UploadNames {

  private UploadNames() {}

  public static String of(MultipartFile file) {
    String name = file.getOriginalFilename();
    // Browsers and scripts may send a whole path; only its last part names the file.
    return name == null || name.isBlank() ? "upload" : name.replaceAll("^.*[/\\\\]", "");
  }
}
