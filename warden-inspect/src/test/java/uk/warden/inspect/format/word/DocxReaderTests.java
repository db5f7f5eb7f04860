package uk.warden.inspect.format.word;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static uk.warden.inspect.format.word.Docx.REL;

import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Limits;
import uk.warden.inspect.content.Location;
import uk.warden.inspect.content.RecordingSink;
import uk.warden.inspect.content.Source;
import uk.warden.inspect.content.UnreadableException;
import uk.warden.inspect.format.image.TestImages;
import uk.warden.inspect.format.ooxml.OpcEdit;

class DocxReaderTests {

  private static final String FILE = "letter.docx";
  private static final String BODY = "word/document.xml";

  static RecordingSink read(byte[] docx) throws UnreadableException {
    RecordingSink sink = new RecordingSink();
    new DocxReader().read(Source.of(FILE, docx, Limits.defaults()), sink);
    return sink;
  }

  private static Location at(String part, String range) {
    return new Location(FILE, part, range);
  }

  @Test
  void aCleanDocumentHasTextAndTablesButNoFindings() throws Exception {
    byte[] docx =
        Docx.build(
            document -> {
              Docx.paragraph(document, "Response to request FOI-2024-0117.");
              XWPFTable table = document.createTable(2, 2);
              table.getRow(0).getCell(0).setText("Force");
              table.getRow(0).getCell(1).setText("Incidents");
              table.getRow(1).getCell(0).setText("Kent");
              table.getRow(1).getCell(1).setText("412");
              Docx.paragraph(document, "The information is correct at the time of writing.");
            });

    RecordingSink sink = read(docx);

    assertThat(sink.structures).isEmpty();
    assertThat(sink.texts)
        .extracting(
            RecordingSink.Text::location, RecordingSink.Text::hiddenBy, RecordingSink.Text::text)
        .containsExactly(
            tuple(at(BODY, "paragraph 1"), null, "Response to request FOI-2024-0117."),
            tuple(
                at(BODY, "paragraph 6"),
                null,
                "The information is correct at the time of writing."),
            tuple(
                at("docProps/core.xml", "creator"),
                HiddenContent.DOCUMENT_PROPERTIES,
                "Apache POI"));
    assertThat(sink.tables).hasSize(1);
    assertThat(sink.tables.get(0).location()).isEqualTo(at(BODY, "table 1"));
    assertThat(sink.tables.get(0).cells())
        .containsExactly(
            new RecordingSink.Cell(0, 0, "Force", null),
            new RecordingSink.Cell(0, 1, "Incidents", null),
            new RecordingSink.Cell(1, 0, "Kent", null),
            new RecordingSink.Cell(1, 1, "412", null));
  }

  @Test
  void hiddenRunsAreHiddenText() throws Exception {
    byte[] docx =
        Docx.build(
            document -> {
              Docx.paragraph(document, "Summary of the incident.");
              var paragraph = document.createParagraph();
              paragraph.createRun().setText("The caller was ");
              XWPFRun hidden = paragraph.createRun();
              hidden.setText("informant Tom Reed of 4 Elm Road");
              hidden.setVanish(true);
            });

    RecordingSink sink = read(docx);

    assertThat(sink.structures)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.code()).isEqualTo(HiddenContent.HIDDEN_TEXT);
              assertThat(s.location()).isEqualTo(at(BODY, "paragraph 2"));
              assertThat(s.count()).isEqualTo(1);
              assertThat(s.detail())
                  .isEqualTo("1 run of text formatted as hidden (32 characters)")
                  .doesNotContain("Tom");
            });
    assertThat(sink.texts)
        .contains(
            new RecordingSink.Text(at(BODY, "paragraph 2"), null, "The caller was "),
            new RecordingSink.Text(
                at(BODY, "paragraph 2"),
                HiddenContent.HIDDEN_TEXT,
                "informant Tom Reed of 4 Elm Road"));
  }

  @Test
  void whiteOnWhiteAndTinyTextAreHiddenText() throws Exception {
    byte[] docx =
        Docx.build(
            document -> {
              XWPFRun white = document.createParagraph().createRun();
              white.setText("Suspect: Dan Hale");
              white.setColor("FFFFFF");
              XWPFRun tiny = document.createParagraph().createRun();
              tiny.setText("DOB 01/02/1980");
              tiny.setFontSize(1);
              var shaded = document.createParagraph();
              shaded.getCTP().addNewPPr().addNewShd().setFill("1F3864");
              XWPFRun onDark = shaded.createRun();
              onDark.setText("Banner heading");
              onDark.setColor("FFFFFF");
            });

    RecordingSink sink = read(docx);

    assertThat(sink.structures)
        .extracting(
            RecordingSink.Structure::code,
            RecordingSink.Structure::location,
            RecordingSink.Structure::detail)
        .containsExactly(
            tuple(
                HiddenContent.HIDDEN_TEXT,
                at(BODY, "paragraph 2"),
                "1 run of text in a font smaller than 2 points (14 characters)"),
            tuple(
                HiddenContent.HIDDEN_TEXT,
                at(BODY, "paragraph 1"),
                "1 run of text in white on a white background (17 characters)"));
    assertThat(sink.texts)
        .contains(
            new RecordingSink.Text(
                at(BODY, "paragraph 1"), HiddenContent.HIDDEN_TEXT, "Suspect: Dan Hale"),
            new RecordingSink.Text(at(BODY, "paragraph 3"), null, "Banner heading"));
  }

  @Test
  void textHiddenThroughAStyleIsFound() throws Exception {
    String styles =
        "<w:styles xmlns:w=\""
            + Docx.W
            + "\"><w:style w:type=\"character\" w:styleId=\"Secret\"><w:name w:val=\"Secret\"/>"
            + "<w:rPr><w:vanish/></w:rPr></w:style></w:styles>";
    byte[] docx = Docx.build(document -> Docx.paragraph(document, "MARKER"));
    try (OpcEdit edit = OpcEdit.of(docx)) {
      docx =
          edit.add(
                  "word/styles.xml",
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
                  styles,
                  BODY,
                  REL + "styles",
                  "rId50")
              .xml(
                  BODY,
                  xml ->
                      Docx.replaceParagraph(
                          xml,
                          "MARKER",
                          "<w:p><w:r><w:rPr><w:rStyle w:val=\"Secret\"/></w:rPr>"
                              + "<w:t>Styled away</w:t></w:r></w:p>"))
              .bytes();
    }

    RecordingSink sink = read(docx);

    assertThat(sink.structures(HiddenContent.HIDDEN_TEXT))
        .singleElement()
        .satisfies(s -> assertThat(s.location()).isEqualTo(at(BODY, "paragraph 1")));
    assertThat(sink.texts)
        .contains(
            new RecordingSink.Text(
                at(BODY, "paragraph 1"), HiddenContent.HIDDEN_TEXT, "Styled away"));
  }

  @Test
  void hiddenTextInATableFollowsTheTablesCells() throws Exception {
    byte[] docx =
        Docx.build(
            document -> {
              XWPFTable table = document.createTable(1, 2);
              table.getRow(0).getCell(0).setText("Visible cell");
              XWPFRun run = table.getRow(0).getCell(1).getParagraphs().get(0).createRun();
              run.setText("hidden cell");
              run.setVanish(true);
            });

    RecordingSink sink = read(docx);

    assertThat(sink.tables.get(0).cells())
        .containsExactly(new RecordingSink.Cell(0, 0, "Visible cell", null));
    assertThat(sink.texts)
        .contains(
            new RecordingSink.Text(
                at(BODY, "paragraph 2"), HiddenContent.HIDDEN_TEXT, "hidden cell"));
    assertThat(sink.structures(HiddenContent.HIDDEN_TEXT))
        .singleElement()
        .satisfies(s -> assertThat(s.location()).isEqualTo(at(BODY, "paragraph 2")));
  }

  @Test
  void trackedChangesKeepDeletedTextAndAuthors() throws Exception {
    byte[] docx =
        Docx.build(
            document -> {
              Docx.paragraph(document, "Opening paragraph.");
              Docx.paragraph(document, "MARKER");
            });
    try (OpcEdit edit = OpcEdit.of(docx)) {
      docx =
          edit.xml(
                  BODY,
                  xml ->
                      Docx.replaceParagraph(
                          xml,
                          "MARKER",
                          "<w:p><w:r><w:t xml:space=\"preserve\">Kept </w:t></w:r>"
                              + "<w:del w:id=\"1\" w:author=\"Jo Bloggs\" w:date=\"2024-01-01T00:00:00Z\">"
                              + "<w:r><w:delText>Removed victim name</w:delText></w:r></w:del>"
                              + "<w:ins w:id=\"2\" w:author=\"Jo Bloggs\" w:date=\"2024-01-01T00:00:00Z\">"
                              + "<w:r><w:t>added</w:t></w:r></w:ins></w:p>"))
              .bytes();
    }

    RecordingSink sink = read(docx);

    assertThat(sink.structures)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.code()).isEqualTo(HiddenContent.TRACKED_CHANGES);
              assertThat(s.location()).isEqualTo(at(BODY, "paragraph 2"));
              assertThat(s.count()).isEqualTo(2);
              assertThat(s.detail())
                  .isEqualTo("1 insertion, 1 deletion (19 characters of deleted text) by 1 author");
            });
    assertThat(sink.texts)
        .contains(
            new RecordingSink.Text(at(BODY, "paragraph 2"), null, "Kept added"),
            new RecordingSink.Text(
                at(BODY, "paragraph 2"), HiddenContent.TRACKED_CHANGES, "Removed victim name"),
            new RecordingSink.Text(
                at(BODY, "tracked change authors"), HiddenContent.TRACKED_CHANGES, "Jo Bloggs"));
  }

  @Test
  void commentsAreReportedWithTheirAnchorAndAuthors() throws Exception {
    String comments =
        "<w:comments xmlns:w=\""
            + Docx.W
            + "\"><w:comment w:id=\"7\" w:author=\"Alex Reviewer\" w:initials=\"AR\">"
            + "<w:p><w:r><w:t>Check the address with DS Patel</w:t></w:r></w:p></w:comment></w:comments>";
    byte[] docx =
        Docx.build(
            document -> {
              Docx.paragraph(document, "First paragraph.");
              Docx.paragraph(document, "MARKER");
            });
    try (OpcEdit edit = OpcEdit.of(docx)) {
      docx =
          edit.add(
                  "word/comments.xml",
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
                  comments,
                  BODY,
                  REL + "comments",
                  "rId60")
              .xml(
                  BODY,
                  xml ->
                      Docx.replaceParagraph(
                          xml,
                          "MARKER",
                          "<w:p><w:commentRangeStart w:id=\"7\"/><w:r><w:t>Commented text</w:t></w:r>"
                              + "<w:commentRangeEnd w:id=\"7\"/>"
                              + "<w:r><w:commentReference w:id=\"7\"/></w:r></w:p>"))
              .bytes();
    }

    RecordingSink sink = read(docx);

    assertThat(sink.structures)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.code()).isEqualTo(HiddenContent.COMMENTS);
              assertThat(s.location()).isEqualTo(new Location(FILE, "word/comments.xml", null));
              assertThat(s.count()).isEqualTo(1);
              assertThat(s.detail()).isEqualTo("1 comment");
            });
    assertThat(sink.texts)
        .contains(
            new RecordingSink.Text(
                at("word/comments.xml", "comment 1, at paragraph 2"),
                HiddenContent.COMMENTS,
                "Check the address with DS Patel"),
            new RecordingSink.Text(
                at("word/comments.xml", "comment authors"),
                HiddenContent.COMMENTS,
                "Alex Reviewer; AR"));
  }

  @Test
  void headersAndFootersWithTextAreReported() throws Exception {
    byte[] docx =
        Docx.build(
            document -> {
              Docx.paragraph(document, "Body.");
              document
                  .createHeader(HeaderFooterType.DEFAULT)
                  .createParagraph()
                  .createRun()
                  .setText("Prepared by PC 4471 Smith");
            });

    RecordingSink sink = read(docx);

    assertThat(sink.structures)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.code()).isEqualTo(HiddenContent.HEADER_FOOTER);
              assertThat(s.location()).isEqualTo(new Location(FILE, "word/header1.xml", null));
              assertThat(s.count()).isEqualTo(1);
              assertThat(s.detail()).isEqualTo("a header with 1 paragraph of text");
            });
    assertThat(sink.texts)
        .contains(
            new RecordingSink.Text(
                at("word/header1.xml", "paragraph 1"), null, "Prepared by PC 4471 Smith"));
  }

  @Test
  void peopleAndCustomPropertiesAreDocumentProperties() throws Exception {
    byte[] docx =
        Docx.build(
            document -> {
              Docx.paragraph(document, "Body.");
              var properties = document.getProperties();
              properties.getCoreProperties().setCreator("Jane Smith");
              properties.getCoreProperties().setLastModifiedByUser("John Doe");
              properties.getExtendedProperties().setCompany("Kent Police");
              properties.getCustomProperties().addProperty("CaseRef", "OP-LANTERN-17");
            });

    RecordingSink sink = read(docx);

    assertThat(sink.structures)
        .extracting(
            RecordingSink.Structure::code,
            RecordingSink.Structure::location,
            RecordingSink.Structure::count,
            RecordingSink.Structure::detail)
        .containsExactly(
            tuple(
                HiddenContent.DOCUMENT_PROPERTIES,
                new Location(FILE, "docProps/core.xml", null),
                2L,
                "core properties hold creator, lastModifiedBy (naming people)"),
            tuple(
                HiddenContent.DOCUMENT_PROPERTIES,
                new Location(FILE, "docProps/app.xml", null),
                1L,
                "extended properties hold Company"),
            tuple(
                HiddenContent.DOCUMENT_PROPERTIES,
                new Location(FILE, "docProps/custom.xml", null),
                1L,
                "custom properties hold CaseRef"));
    assertThat(sink.texts)
        .contains(
            new RecordingSink.Text(
                at("docProps/core.xml", "creator"),
                HiddenContent.DOCUMENT_PROPERTIES,
                "Jane Smith"),
            new RecordingSink.Text(
                at("docProps/core.xml", "lastModifiedBy"),
                HiddenContent.DOCUMENT_PROPERTIES,
                "John Doe"),
            new RecordingSink.Text(
                at("docProps/app.xml", "Company"),
                HiddenContent.DOCUMENT_PROPERTIES,
                "Kent Police"),
            new RecordingSink.Text(
                at("docProps/custom.xml", "CaseRef"),
                HiddenContent.DOCUMENT_PROPERTIES,
                "OP-LANTERN-17"));
  }

  @Test
  void embeddedObjectsAreHandedOnAsNestedDocuments() throws Exception {
    byte[] workbook = Docx.workbook("Victim list");
    byte[] csv = "name,address\nA,B\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] docx = Docx.build(document -> Docx.paragraph(document, "See the attached table."));
    try (OpcEdit edit = OpcEdit.of(docx)) {
      docx =
          edit.add(
                  "word/embeddings/Microsoft_Excel_Worksheet.xlsx",
                  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                  workbook,
                  BODY,
                  REL + "package",
                  "rId70")
              .add(
                  "word/embeddings/oleObject1.bin",
                  "application/vnd.openxmlformats-officedocument.oleObject",
                  Docx.packagedFile("victims.csv", csv),
                  BODY,
                  REL + "oleObject",
                  "rId71")
              .bytes();
    }

    RecordingSink sink = read(docx);

    assertThat(sink.structures)
        .extracting(RecordingSink.Structure::code, RecordingSink.Structure::location)
        .containsExactlyInAnyOrder(
            tuple(
                HiddenContent.EMBEDDED_OBJECT,
                new Location(FILE, "word/embeddings/Microsoft_Excel_Worksheet.xlsx", null)),
            tuple(
                HiddenContent.EMBEDDED_OBJECT,
                new Location(FILE, "word/embeddings/oleObject1.bin", null)));
    assertThat(sink.structures(HiddenContent.EMBEDDED_OBJECT))
        .extracting(RecordingSink.Structure::detail)
        .anySatisfy(d -> assertThat(d).startsWith("an embedded Excel workbook ("))
        .anySatisfy(d -> assertThat(d).isEqualTo("an embedded packaged file (17 bytes)"));
    assertThat(sink.nested)
        .extracting(RecordingSink.Nested::name)
        .containsExactlyInAnyOrder("Microsoft_Excel_Worksheet.xlsx", "victims.csv");
    assertThat(sink.nested)
        .filteredOn(n -> n.name().equals("victims.csv"))
        .singleElement()
        .satisfies(n -> assertThat(n.content()).isEqualTo(csv));
    assertThat(sink.nested)
        .filteredOn(n -> n.name().endsWith(".xlsx"))
        .singleElement()
        .satisfies(n -> assertThat(n.content()).isEqualTo(workbook));
  }

  @Test
  void aVbaProjectIsMacros() throws Exception {
    byte[] docx = Docx.build(document -> Docx.paragraph(document, "Body."));
    try (OpcEdit edit = OpcEdit.of(docx)) {
      docx =
          edit.add(
                  "word/vbaProject.bin",
                  "application/vnd.ms-office.vbaProject",
                  Docx.emptyOle2(),
                  BODY,
                  "http://schemas.microsoft.com/office/2006/relationships/vbaProject",
                  "rId80")
              .bytes();
    }

    RecordingSink sink = read(docx);

    assertThat(sink.structures)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.code()).isEqualTo(HiddenContent.MACROS);
              assertThat(s.location()).isEqualTo(new Location(FILE, "word/vbaProject.bin", null));
            });
  }

  @Test
  void linksToOtherFilesAreExternalLinksButWebLinksAreNot() throws Exception {
    byte[] docx = Docx.build(document -> Docx.paragraph(document, "Body."));
    try (OpcEdit edit = OpcEdit.of(docx)) {
      docx =
          edit.external(
                  "word/settings.xml",
                  REL + "attachedTemplate",
                  "file:///C:/Users/jbloggs/AppData/Roaming/Microsoft/Templates/Case.dotm",
                  "rId90")
              .external(BODY, REL + "hyperlink", "file:///UNC-PLACEHOLDER", "rId91")
              .external(BODY, REL + "hyperlink", "https://www.gov.uk/foi", "rId92")
              .bytes();
    }
    // Word writes UNC targets with backslashes, which POI refuses to write.
    docx =
        OpcEdit.rewriteEntry(
            docx,
            "word/_rels/document.xml.rels",
            rels -> rels.replace("file:///UNC-PLACEHOLDER", "\\\\fileserver\\cid\\victims.xlsx"));

    RecordingSink sink = read(docx);

    assertThat(sink.structures)
        .extracting(
            RecordingSink.Structure::code,
            RecordingSink.Structure::location,
            RecordingSink.Structure::count,
            RecordingSink.Structure::detail)
        .containsExactlyInAnyOrder(
            tuple(
                HiddenContent.EXTERNAL_LINK,
                at("word/settings.xml", "rId90"),
                1L,
                "1 link to content outside the document: the attached template"),
            tuple(
                HiddenContent.EXTERNAL_LINK,
                at(BODY, "rId91"),
                1L,
                "1 link to content outside the document: a hyperlink to a local or network file"));
    assertThat(sink.texts)
        .contains(
            new RecordingSink.Text(at(BODY, "rId92"), null, "https://www.gov.uk/foi"),
            new RecordingSink.Text(
                at(BODY, "rId91"),
                HiddenContent.EXTERNAL_LINK,
                "\\\\fileserver\\cid\\victims.xlsx"));
  }

  @Test
  void fieldsThatPullInOtherFilesAreExternalLinks() throws Exception {
    byte[] docx =
        Docx.build(
            document -> {
              Docx.paragraph(document, "Intro.");
              Docx.paragraph(document, "FIELD1");
              Docx.paragraph(document, "FIELD2");
              Docx.paragraph(document, "FIELD3");
            });
    try (OpcEdit edit = OpcEdit.of(docx)) {
      docx =
          edit.xml(
                  BODY,
                  xml -> {
                    String included =
                        "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                            + "<w:r><w:instrText xml:space=\"preserve\"> INCLUDETEXT \"C:\\\\Users\\\\jbloggs\\\\"
                            + "</w:instrText></w:r><w:r><w:instrText>statement.docx\" </w:instrText></w:r>"
                            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                            + "<w:r><w:t>Included text</w:t></w:r>"
                            + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>";
                    String dde =
                        "<w:p><w:fldSimple w:instr=\" DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe &quot;/k calc&quot; \">"
                            + "<w:r><w:t>x</w:t></w:r></w:fldSimple></w:p>";
                    String page =
                        "<w:p><w:fldSimple w:instr=\" PAGE \"><w:r><w:t>3</w:t></w:r></w:fldSimple></w:p>";
                    return Docx.replaceParagraph(
                        Docx.replaceParagraph(
                            Docx.replaceParagraph(xml, "FIELD1", included), "FIELD2", dde),
                        "FIELD3",
                        page);
                  })
              .bytes();
    }

    RecordingSink sink = read(docx);

    assertThat(sink.structures)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.code()).isEqualTo(HiddenContent.EXTERNAL_LINK);
              assertThat(s.location()).isEqualTo(at(BODY, "paragraphs 2-3"));
              assertThat(s.count()).isEqualTo(2);
              assertThat(s.detail())
                  .isEqualTo(
                      "2 fields pull content from outside the document (INCLUDETEXT, DDEAUTO)");
            });
    assertThat(sink.texts)
        .contains(
            new RecordingSink.Text(
                at(BODY, "paragraph 2, INCLUDETEXT field"),
                HiddenContent.EXTERNAL_LINK,
                "C:\\Users\\jbloggs\\statement.docx"),
            new RecordingSink.Text(at(BODY, "paragraph 2"), null, "Included text"));
  }

  @Test
  void aChartWhoseDataIsLinkedKeepsCachedData() throws Exception {
    String chart =
        "<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + "<c:chart><c:plotArea><c:barChart><c:ser><c:cat><c:strRef><c:f>Sheet1!$A$2:$A$3</c:f>"
            + "<c:strCache><c:ptCount val=\"2\"/><c:pt idx=\"0\"><c:v>Ann Lee</c:v></c:pt>"
            + "<c:pt idx=\"1\"><c:v>Raj Kaur</c:v></c:pt></c:strCache></c:strRef></c:cat>"
            + "<c:val><c:numRef><c:f>Sheet1!$B$2:$B$3</c:f><c:numCache><c:ptCount val=\"2\"/>"
            + "<c:pt idx=\"0\"><c:v>3</c:v></c:pt><c:pt idx=\"1\"><c:v>5</c:v></c:pt></c:numCache>"
            + "</c:numRef></c:val></c:ser></c:barChart></c:plotArea></c:chart>"
            + "<c:externalData r:id=\"rId1\"/></c:chartSpace>";
    byte[] docx = Docx.build(document -> Docx.paragraph(document, "Chart below."));
    try (OpcEdit edit = OpcEdit.of(docx)) {
      docx =
          edit.add(
                  "word/charts/chart1.xml",
                  "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
                  chart,
                  BODY,
                  REL + "chart",
                  "rId100")
              .external(
                  "word/charts/chart1.xml",
                  REL + "oleObject",
                  "file:///S:/stats/complaints.xlsx",
                  "rId1")
              .bytes();
    }

    RecordingSink sink = read(docx);

    Location chartPart = new Location(FILE, "word/charts/chart1.xml", null);
    assertThat(sink.structures(HiddenContent.CACHED_DATA))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.location()).isEqualTo(chartPart);
              assertThat(s.count()).isEqualTo(4);
              assertThat(s.detail()).isEqualTo("a chart caches 4 values copied from a linked file");
            });
    assertThat(sink.structures(HiddenContent.EXTERNAL_LINK))
        .singleElement()
        .satisfies(s -> assertThat(s.location()).isEqualTo(at("word/charts/chart1.xml", "rId1")));
    assertThat(sink.texts)
        .contains(
            new RecordingSink.Text(
                chartPart, HiddenContent.CACHED_DATA, "Ann Lee\nRaj Kaur\n3\n5\n"));
  }

  @Test
  void aPhotoWithGpsInTheDocumentIsImageMetadata() throws Exception {
    byte[] docx =
        Docx.build(
            document -> {
              Docx.paragraph(document, "Scene photograph:");
              Docx.picture(document, TestImages.jpegWithGps("Crime Scene Unit 3"));
            });

    RecordingSink sink = read(docx);

    assertThat(sink.structures)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.code()).isEqualTo(HiddenContent.IMAGE_METADATA);
              assertThat(s.location()).isEqualTo(at("word/media/image1.jpeg", "EXIF"));
              assertThat(s.detail()).contains("GPS position present");
            });
    assertThat(sink.texts)
        .contains(
            new RecordingSink.Text(
                at("word/media/image1.jpeg", "EXIF"),
                HiddenContent.IMAGE_METADATA,
                "Crime Scene Unit 3"));
  }

  @Test
  void footnotesAreReadAsText() throws Exception {
    byte[] docx =
        Docx.build(
            document -> {
              Docx.paragraph(document, "Body.");
              var footnote = document.createFootnotes().createFootnote();
              footnote.getCTFtnEdn().setId(BigInteger.valueOf(2));
              footnote.createParagraph().createRun().setText("Source: witness W3");
            });

    RecordingSink sink = read(docx);

    assertThat(sink.structures).isEmpty();
    assertThat(sink.texts)
        .contains(
            new RecordingSink.Text(
                at("word/footnotes.xml", "footnote 2"), null, "Source: witness W3"));
  }
}
