package uk.warden.inspect.format.word;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.warden.inspect.format.word.Docx.REL;
import static uk.warden.inspect.format.word.DocxReaderTests.read;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Location;
import uk.warden.inspect.content.RecordingSink;
import uk.warden.inspect.format.image.TestImages;
import uk.warden.inspect.format.ooxml.OpcEdit;

/** The less common parts a Word package can hide things in, and the cases that are not findings. */
class DocxPackagePartsTests {

  private static final String FILE = "letter.docx";
  private static final String BODY = "word/document.xml";
  private static final String CHART_TYPE =
      "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";

  private static String chart(String seriesElement, String externalData) {
    return "<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\""
        + " xmlns:c15=\"http://schemas.microsoft.com/office/drawing/2012/chart\""
        + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        + "<c:chart><c:plotArea><c:barChart><c:ser><c:cat><c:strRef><c:strCache><c:ptCount val=\"1\"/>"
        + "<c:pt idx=\"0\"><c:v>Ann Lee</c:v></c:pt></c:strCache></c:strRef></c:cat></c:ser>"
        + seriesElement
        + "</c:barChart></c:plotArea></c:chart>"
        + externalData
        + "</c:chartSpace>";
  }

  private static byte[] withChart(String chartXml, boolean embeddedSource) {
    byte[] docx = Docx.build(document -> Docx.paragraph(document, "Chart."));
    try (OpcEdit edit = OpcEdit.of(docx)) {
      edit.add("word/charts/chart1.xml", CHART_TYPE, chartXml, BODY, REL + "chart", "rId100");
      if (embeddedSource) {
        edit.add(
            "word/embeddings/Microsoft_Excel_Worksheet.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Docx.workbook("Ann Lee"),
            "word/charts/chart1.xml",
            REL + "package",
            "rId1");
      }
      return edit.bytes();
    }
  }

  @Test
  void aChartWithItsWorkbookEmbeddedShowsWhatItCaches() throws Exception {
    RecordingSink sink = read(withChart(chart("", "<c:externalData r:id=\"rId1\"/>"), true));

    assertThat(sink.structures(HiddenContent.CACHED_DATA)).isEmpty();
    assertThat(sink.structures(HiddenContent.EMBEDDED_OBJECT)).hasSize(1);
    assertThat(sink.texts)
        .contains(
            new RecordingSink.Text(
                new Location(FILE, "word/charts/chart1.xml", null), null, "Ann Lee\n"));
  }

  @Test
  void aChartWithoutSourceDataKeepsTheOnlyCopy() throws Exception {
    RecordingSink sink = read(withChart(chart("", ""), false));

    assertThat(sink.structures(HiddenContent.CACHED_DATA))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.location())
                  .isEqualTo(new Location(FILE, "word/charts/chart1.xml", null));
              assertThat(s.detail())
                  .isEqualTo("a chart caches 1 values and has no source data in the file");
            });
  }

  @Test
  void filteredSeriesAreCachedDataEvenWithAnEmbeddedWorkbook() throws Exception {
    String filtered =
        "<c:extLst><c:ext uri=\"{02D57815-91ED-43cb-92C2-25804820EDAC}\"><c15:filteredBarSeries>"
            + "<c15:ser><c:tx><c:strRef><c:strCache><c:ptCount val=\"1\"/><c:pt idx=\"0\"><c:v>Removed"
            + " officer</c:v></c:pt></c:strCache></c:strRef></c:tx></c15:ser></c15:filteredBarSeries>"
            + "</c:ext></c:extLst>";
    RecordingSink sink = read(withChart(chart(filtered, "<c:externalData r:id=\"rId1\"/>"), true));

    assertThat(sink.structures(HiddenContent.CACHED_DATA))
        .singleElement()
        .satisfies(
            s ->
                assertThat(s.detail())
                    .isEqualTo(
                        "a chart caches 2 values, including 1 filtered-out series no longer shown"));
    assertThat(sink.texts)
        .contains(
            new RecordingSink.Text(
                new Location(FILE, "word/charts/chart1.xml", null),
                HiddenContent.CACHED_DATA,
                "Ann Lee\nRemoved officer\n"));
  }

  @Test
  void documentLibraryPropertiesAreDocumentProperties() throws Exception {
    String properties =
        "<p:properties xmlns:p=\"http://schemas.microsoft.com/office/2006/metadata/properties\">"
            + "<documentManagement><Owner xmlns=\"urn:x\"><UserInfo><DisplayName>Sgt Mia Cole</DisplayName>"
            + "<AccountId>41</AccountId></UserInfo></Owner><Empty xmlns=\"urn:x\"/></documentManagement>"
            + "</p:properties>";
    String schema =
        "<ct:contentTypeSchema xmlns:ct=\"urn:ct\"><x>not a value</x></ct:contentTypeSchema>";
    byte[] docx = Docx.build(document -> Docx.paragraph(document, "Body."));
    try (OpcEdit edit = OpcEdit.of(docx)) {
      docx =
          edit.add(
                  "customXml/item1.xml",
                  "application/xml",
                  properties,
                  BODY,
                  REL + "customXml",
                  "rId40")
              .add(
                  "customXml/item2.xml",
                  "application/xml",
                  schema,
                  BODY,
                  REL + "customXml",
                  "rId41")
              .bytes();
    }

    RecordingSink sink = read(docx);

    assertThat(sink.structures)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.code()).isEqualTo(HiddenContent.DOCUMENT_PROPERTIES);
              assertThat(s.location()).isEqualTo(new Location(FILE, "customXml/item1.xml", null));
              assertThat(s.count()).isEqualTo(2);
              assertThat(s.detail())
                  .isEqualTo("document library (SharePoint) properties hold 2 values");
            });
    assertThat(sink.allText()).contains("Sgt Mia Cole").doesNotContain("not a value");
  }

  @Test
  void documentVariablesAreDocumentProperties() throws Exception {
    byte[] docx = Docx.build(document -> Docx.paragraph(document, "Body."));
    try (OpcEdit edit = OpcEdit.of(docx)) {
      docx =
          edit.xml(
                  "word/settings.xml",
                  xml ->
                      xml.replaceFirst(
                          "/>\\s*$",
                          "><w:docVars><w:docVar w:name=\"Requester\" w:val=\"Mrs P Adeyemi\"/></w:docVars>"
                              + "</w:settings>"))
              .bytes();
    }

    RecordingSink sink = read(docx);

    assertThat(sink.structures)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.code()).isEqualTo(HiddenContent.DOCUMENT_PROPERTIES);
              assertThat(s.location()).isEqualTo(new Location(FILE, "word/settings.xml", null));
              assertThat(s.detail())
                  .isEqualTo("1 document variable holds values no view of the document shows");
            });
    assertThat(sink.texts)
        .contains(
            new RecordingSink.Text(
                new Location(FILE, "word/settings.xml", "document variable Requester"),
                HiddenContent.DOCUMENT_PROPERTIES,
                "Mrs P Adeyemi"));
  }

  @Test
  void resolvedCommentsAndReviewersAreCounted() throws Exception {
    String w15 = "http://schemas.microsoft.com/office/word/2012/wordml";
    String comments =
        "<w:comments xmlns:w=\""
            + Docx.W
            + "\" xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\">"
            + "<w:comment w:id=\"1\" w:author=\"Kim Roe\"><w:p w14:paraId=\"00000001\"><w:r><w:t>Fixed?</w:t>"
            + "</w:r></w:p></w:comment><w:comment w:id=\"2\" w:author=\"Kim Roe\"><w:p><w:r><w:t>Yes</w:t>"
            + "</w:r></w:p></w:comment></w:comments>";
    String extended =
        "<w15:commentsEx xmlns:w15=\""
            + w15
            + "\"><w15:commentEx w15:paraId=\"00000001\" w15:done=\"1\"/>"
            + "</w15:commentsEx>";
    String people =
        "<w15:people xmlns:w15=\""
            + w15
            + "\"><w15:person w15:author=\"Kim Roe\"><w15:presenceInfo"
            + " w15:providerId=\"AD\" w15:userId=\"S::kim.roe@force.police.uk::1\"/></w15:person></w15:people>";
    byte[] docx = Docx.build(document -> Docx.paragraph(document, "Body."));
    try (OpcEdit edit = OpcEdit.of(docx)) {
      docx =
          edit.add(
                  "word/comments.xml",
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
                  comments,
                  BODY,
                  REL + "comments",
                  "rId60")
              .add(
                  "word/commentsExtended.xml",
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml",
                  extended,
                  BODY,
                  "http://schemas.microsoft.com/office/2011/relationships/commentsExtended",
                  "rId61")
              .add(
                  "word/people.xml",
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.people+xml",
                  people,
                  BODY,
                  "http://schemas.microsoft.com/office/2011/relationships/people",
                  "rId62")
              .bytes();
    }

    RecordingSink sink = read(docx);

    assertThat(sink.structures)
        .singleElement()
        .satisfies(s -> assertThat(s.detail()).isEqualTo("2 comments (1 marked done)"));
    assertThat(sink.texts)
        .contains(
            new RecordingSink.Text(
                new Location(FILE, "word/people.xml", null),
                HiddenContent.COMMENTS,
                "Kim Roe; S::kim.roe@force.police.uk::1"),
            new RecordingSink.Text(
                new Location(FILE, "word/comments.xml", "comment 2"),
                HiddenContent.COMMENTS,
                "Yes"));
  }

  @Test
  void anImportedDocumentIsHandedOn() throws Exception {
    byte[] html =
        "<html><body>Imported: witness W2, 4 Elm Rd</body></html>".getBytes(StandardCharsets.UTF_8);
    byte[] docx = Docx.build(document -> Docx.paragraph(document, "Body."));
    try (OpcEdit edit = OpcEdit.of(docx)) {
      docx =
          edit.add("word/afchunk.htm", "text/html", html, BODY, REL + "aFChunk", "rId30").bytes();
    }

    RecordingSink sink = read(docx);

    assertThat(sink.structures)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.code()).isEqualTo(HiddenContent.EMBEDDED_OBJECT);
              assertThat(s.location()).isEqualTo(new Location(FILE, "word/afchunk.htm", null));
            });
    assertThat(sink.nested)
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.name()).isEqualTo("afchunk.htm");
              assertThat(n.content()).isEqualTo(html);
            });
  }

  @Test
  void aDamagedPictureIsUninspectableNotTheWholeDocument() throws Exception {
    byte[] jpeg = TestImages.jpegWithGps("X");
    byte[] docx =
        Docx.build(
            document -> {
              Docx.paragraph(document, "Photo:");
              Docx.picture(document, Arrays.copyOf(jpeg, jpeg.length - 30));
            });

    RecordingSink sink = read(docx);

    assertThat(sink.structures)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.code()).isEqualTo(HiddenContent.UNINSPECTABLE);
              assertThat(s.location())
                  .isEqualTo(new Location(FILE, "word/media/image1.jpeg", null));
              assertThat(s.detail()).contains("truncated");
            });
    assertThat(sink.texts).extracting(RecordingSink.Text::text).contains("Photo:");
  }
}
