package uk.warden.inspect.sanitise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.warden.inspect.Inspector;
import uk.warden.inspect.content.UnreadableException;

class WordCleanerTests {

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  @TempDir Path dir;

  private static Map<String, String> document() {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put(
        "[Content_Types].xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types"
            + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default"
            + " Extension=\"xml\" ContentType=\"application/xml\"/><Override"
            + " PartName=\"/word/document.xml\" ContentType=\"doc\"/><Override"
            + " PartName=\"/word/comments.xml\" ContentType=\"comments\"/><Override"
            + " PartName=\"/docProps/core.xml\" ContentType=\"core\"/></Types>");
    parts.put(
        "word/_rels/document.xml.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
            + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship"
            + " Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments\""
            + " Target=\"comments.xml\"/><Relationship Id=\"rId2\""
            + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\""
            + " Target=\"styles.xml\"/></Relationships>");
    parts.put(
        "word/document.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\""
            + W
            + "\"><w:body><w:p><w:r><w:t>Headcount by rank.</w:t></w:r>"
            + "<w:del w:id=\"1\" w:author=\"J Smith\"><w:r><w:delText>Officer Jane Doe"
            + " withdrawn.</w:delText></w:r></w:del>"
            + "<w:ins w:id=\"2\" w:author=\"J Smith\"><w:r><w:t> Figures as at March.</w:t></w:r></w:ins>"
            + "<w:commentRangeStart w:id=\"0\"/><w:r><w:t> Total 4,000.</w:t></w:r>"
            + "<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r>"
            + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>Source: HR list of names.</w:t></w:r>"
            + "<w:r><w:rPr><w:vanish w:val=\"0\"/><w:b/></w:rPr><w:t> End.</w:t></w:r>"
            + "</w:p></w:body></w:document>");
    parts.put(
        "word/comments.xml",
        "<?xml version=\"1.0\"?><w:comments xmlns:w=\""
            + W
            + "\"><w:comment w:id=\"0\" w:author=\"Jane Doe\"><w:p><w:r><w:t>check with"
            + " PC 1234</w:t></w:r></w:p></w:comment></w:comments>");
    parts.put(
        "docProps/core.xml",
        "<?xml version=\"1.0\"?><cp:coreProperties"
            + " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator>Jane"
            + " Doe</dc:creator><cp:lastModifiedBy>John Smith</cp:lastModifiedBy>"
            + "<cp:revision>3</cp:revision></cp:coreProperties>");
    return parts;
  }

  private static byte[] zip(Map<String, String> parts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
      }
    }
    return out.toByteArray();
  }

  private static String part(Path docx, String name) throws IOException {
    try (ZipFile zip = new ZipFile(docx.toFile())) {
      ZipEntry entry = zip.getEntry(name);
      return entry == null
          ? null
          : new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void removesCommentsTrackedChangesHiddenTextAndAuthors() throws Exception {
    Path in = Files.write(dir.resolve("answer.docx"), zip(document()));
    Path out = dir.resolve("clean.docx");

    WordCleaner.Cleaned cleaned = new WordCleaner(Inspector.standard()).clean(in, out);

    String body = part(out, "word/document.xml");
    assertThat(body)
        .contains("Headcount by rank.", "Figures as at March.", "Total 4,000.", " End.")
        .doesNotContain("Jane Doe", "delText", "w:ins", "commentReference", "commentRange")
        .doesNotContain("HR list of names");
    assertThat(part(out, "word/comments.xml")).isNull();
    assertThat(part(out, "word/_rels/document.xml.rels"))
        .doesNotContain("comments")
        .contains("styles");
    assertThat(part(out, "[Content_Types].xml")).doesNotContain("comments.xml");
    assertThat(part(out, "docProps/core.xml"))
        .doesNotContain("Jane", "John")
        .contains("<cp:revision>3</cp:revision>");
    assertThat(cleaned.removed())
        .contains(
            "part word/comments.xml",
            "1 tracked deletions removed",
            "1 tracked insertions accepted",
            "1 runs of hidden text removed",
            "document properties removed: creator, lastModifiedBy");
    assertThat(cleaned.output().file()).isEqualTo("clean.docx");
  }

  @Test
  void aPartWithADoctypeIsRefusedAndNothingIsLeft() throws Exception {
    Map<String, String> parts = document();
    parts.put(
        "word/document.xml",
        "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaa\">]><w:document xmlns:w=\""
            + W
            + "\">&a;</w:document>");
    Path in = Files.write(dir.resolve("bomb.docx"), zip(parts));
    Path out = dir.resolve("clean.docx");

    assertThatThrownBy(() -> new WordCleaner(Inspector.standard()).clean(in, out))
        .isInstanceOf(UnreadableException.class)
        .hasMessageContaining("DTD");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("bomb.docx");
    }
  }
}
