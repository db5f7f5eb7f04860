package uk.warden.inspect.format.ooxml;

import java.util.Locale;
import java.util.Map;

/**
 * What an external relationship or a field points at, in words, and whether it is a finding. A link
 * to a web page is ordinary; a link to another file (a template, a linked picture or object, a
 * hyperlink to a drive or share) gives away folder and user names and pulls content in from outside
 * the document.
 */
public final class ExternalLinks {

  private static final Map<String, String> KINDS =
      Map.ofEntries(
          Map.entry("attachedTemplate", "the attached template"),
          Map.entry("image", "a linked picture"),
          Map.entry("oleObject", "a linked object"),
          Map.entry("package", "a linked package"),
          Map.entry("externalLinkPath", "a link to another workbook"),
          Map.entry("subDocument", "a subdocument"),
          Map.entry("frame", "a frame"),
          Map.entry("mailMergeSource", "a mail-merge data source"),
          Map.entry("mailMergeHeaderSource", "a mail-merge header source"),
          Map.entry("recipientData", "a mail-merge recipient list"),
          Map.entry("audio", "linked audio"),
          Map.entry("video", "linked video"),
          Map.entry("media", "linked media"),
          Map.entry("hyperlink", "a hyperlink to a local or network file"));

  private ExternalLinks() {}

  /** Whether an external relationship of this kind and target is worth reporting. */
  public static boolean finding(String kind, String target) {
    return !kind.equals("hyperlink") || fileReference(target);
  }

  public static String describe(String kind) {
    return KINDS.getOrDefault(kind, "a linked file");
  }

  /**
   * A path or file URL rather than a web address: {@code file:}, UNC ({@code \\server\share}), a
   * drive letter, a file-sharing scheme, or a relative path (which Word writes for files beside the
   * document).
   */
  public static boolean fileReference(String target) {
    String t = target.trim().toLowerCase(Locale.ROOT);
    if (t.isEmpty() || t.startsWith("#")) {
      return false;
    }
    if (t.startsWith("file:") || t.startsWith("\\\\") || t.startsWith("//")) {
      return true;
    }
    if (t.length() >= 3
        && Character.isLetter(t.charAt(0))
        && t.charAt(1) == ':'
        && (t.charAt(2) == '\\' || t.charAt(2) == '/')) {
      return true;
    }
    int colon = t.indexOf(':');
    if (colon > 0 && scheme(t.substring(0, colon))) {
      String scheme = t.substring(0, colon);
      return scheme.equals("smb") || scheme.equals("nfs") || scheme.equals("afp");
    }
    return true;
  }

  private static boolean scheme(String candidate) {
    if (!Character.isLetter(candidate.charAt(0))) {
      return false;
    }
    for (int i = 1; i < candidate.length(); i++) {
      char c = candidate.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) {
        return false;
      }
    }
    return true;
  }
}
