package uk.warden.inspect.format.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.warden.inspect.format.sheet.XlsxHiddenCellsTests.table;

import java.nio.charset.StandardCharsets;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTextBox;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Location;
import uk.warden.inspect.content.RecordingSink;
import uk.warden.inspect.content.RecordingSink.Text;

/** Package parts beyond the cells: comments, properties, names, links, caches, objects, macros. */
class XlsxPartsTests {

  private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String REL_NS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  @Test
  void reportsNotesPerSheetAndHandsOverTheirTextAndAuthors() throws Exception {
    byte[] file =
        Workbooks.xlsx(
            workbook -> {
              XSSFSheet sheet = workbook.createSheet("Roster");
              sheet.createRow(0).createCell(0).setCellValue("shift");
              XSSFDrawing drawing = sheet.createDrawingPatriarch();
              for (String ref : new String[] {"B2", "D5"}) {
                CellReference cell = new CellReference(ref);
                ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
                anchor.setRow1(cell.getRow());
                anchor.setCol1(cell.getCol());
                anchor.setRow2(cell.getRow() + 3);
                anchor.setCol2(cell.getCol() + 3);
                Comment comment = drawing.createCellComment(anchor);
                comment.setString(
                    workbook.getCreationHelper().createRichTextString("Off sick: PC Evans " + ref));
                comment.setAuthor("Sgt Mary Lloyd");
                comment.setAddress(cell.getRow(), cell.getCol());
              }
            });

    RecordingSink sink = Workbooks.readXlsx(file);

    assertThat(sink.structures(HiddenContent.COMMENTS))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.location()).isEqualTo(new Location(Workbooks.FILE, "Roster", "B2,D5"));
              assertThat(s.count()).isEqualTo(2);
              assertThat(s.detail()).doesNotContain("Evans", "Lloyd");
            });
    assertThat(sink.texts)
        .filteredOn(t -> t.hiddenBy() == HiddenContent.COMMENTS)
        .extracting(Text::text)
        .contains("Off sick: PC Evans B2", "Off sick: PC Evans D5", "Sgt Mary Lloyd");
  }

  @Test
  void countsThreadedCommentsOnceAndHandsOverTheirPeople() throws Exception {
    byte[] base =
        Workbooks.xlsx(
            workbook ->
                workbook.createSheet("Cases").createRow(0).createCell(0).setCellValue("case"));
    byte[] file =
        ZipParts.of(base)
            .put(
                "xl/threadedComments/threadedComment1.xml",
                "<ThreadedComments xmlns=\"http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments\">"
                    + "<threadedComment ref=\"C3\" personId=\"{P1}\" id=\"{T1}\"><text>Victim is Ann Smith</text></threadedComment>"
                    + "<threadedComment ref=\"C3\" personId=\"{P1}\" id=\"{T2}\" parentId=\"{T1}\"><text>Agreed</text></threadedComment>"
                    + "</ThreadedComments>")
            .contentType(
                "xl/threadedComments/threadedComment1.xml",
                "application/vnd.ms-excel.threadedcomments+xml")
            .relationship(
                "xl/worksheets/sheet1.xml",
                "rId90",
                "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment",
                "../threadedComments/threadedComment1.xml",
                false)
            .put(
                "xl/persons/person.xml",
                "<personList xmlns=\"http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments\">"
                    + "<person displayName=\"Det Insp Ravi Patel\" id=\"{P1}\" userId=\"ravi.patel@example.police.uk\" providerId=\"AD\"/></personList>")
            .contentType("xl/persons/person.xml", "application/vnd.ms-excel.person+xml")
            .relationship(
                "xl/workbook.xml",
                "rId91",
                "http://schemas.microsoft.com/office/2017/10/relationships/person",
                "persons/person.xml",
                false)
            .bytes();

    RecordingSink sink = Workbooks.readXlsx(file);

    assertThat(sink.structures(HiddenContent.COMMENTS))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.location()).isEqualTo(new Location(Workbooks.FILE, "Cases", "C3"));
              assertThat(s.count()).isEqualTo(2);
            });
    assertThat(sink.texts)
        .filteredOn(t -> t.hiddenBy() == HiddenContent.COMMENTS)
        .extracting(Text::text)
        .contains("Victim is Ann Smith", "Det Insp Ravi Patel", "ravi.patel@example.police.uk");
  }

  @Test
  void reportsWhichPropertiesAreSetWithoutTheirValues() throws Exception {
    byte[] file =
        Workbooks.xlsx(
            workbook -> {
              workbook.createSheet("Data").createRow(0).createCell(0).setCellValue(1);
              var core = workbook.getProperties().getCoreProperties();
              core.setCreator("DC Alan Hughes");
              core.setLastModifiedByUser("alan.hughes");
              workbook
                  .getProperties()
                  .getExtendedProperties()
                  .getUnderlyingProperties()
                  .setCompany("Example Constabulary");
              workbook
                  .getProperties()
                  .getExtendedProperties()
                  .getUnderlyingProperties()
                  .setManager("Supt Kerry Walsh");
              workbook.getProperties().getCustomProperties().addProperty("Reviewer", "Jo Bloggs");
            });

    RecordingSink sink = Workbooks.readXlsx(file);

    assertThat(sink.structures(HiddenContent.DOCUMENT_PROPERTIES))
        .extracting(
            s -> s.location().part(),
            RecordingSink.Structure::count,
            RecordingSink.Structure::detail)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "docProps/core.xml", 2L, "document properties set: creator, last modified by"),
            org.assertj.core.groups.Tuple.tuple(
                "docProps/app.xml", 2L, "document properties set: company, manager"),
            org.assertj.core.groups.Tuple.tuple(
                "docProps/custom.xml", 1L, "document properties set: custom property"));
    assertThat(sink.texts)
        .filteredOn(t -> t.hiddenBy() == HiddenContent.DOCUMENT_PROPERTIES)
        .extracting(Text::text)
        .contains(
            "DC Alan Hughes",
            "alan.hughes",
            "Example Constabulary",
            "Supt Kerry Walsh",
            "Reviewer: Jo Bloggs");
  }

  @Test
  void reportsHeaderTextButNotPageNumberBoilerplate() throws Exception {
    byte[] file =
        Workbooks.xlsx(
            workbook -> {
              XSSFSheet sheet = workbook.createSheet("Return");
              sheet.createRow(0).createCell(0).setCellValue(1);
              sheet.getHeader().setCenter("Prepared by DS Omar Khan");
              sheet.getFooter().setRight("Page &P of &N");
              sheet.getFooter().setLeft("&D");
            });

    RecordingSink sink = Workbooks.readXlsx(file);

    assertThat(sink.structures(HiddenContent.HEADER_FOOTER))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.location()).isEqualTo(new Location(Workbooks.FILE, "Return", null));
              assertThat(s.count()).isEqualTo(1);
              assertThat(s.detail())
                  .contains("header")
                  .doesNotContain("footer")
                  .doesNotContain("Omar");
            });
    assertThat(sink.texts)
        .filteredOn(t -> t.hiddenBy() == HiddenContent.HEADER_FOOTER)
        .extracting(Text::text)
        .containsExactly("Prepared by DS Omar Khan");
  }

  @Test
  void reportsNamesLeadingToHiddenOrRemoteContent() throws Exception {
    byte[] base =
        Workbooks.xlsx(
            workbook -> {
              XSSFSheet visible = workbook.createSheet("Summary");
              for (int r = 0; r < 10; r++) {
                visible.createRow(r).createCell(0).setCellValue("line " + r);
              }
              visible.createRow(5000).createCell(40).setCellValue("moved out of sight");
              XSSFSheet staff = workbook.createSheet("Staff");
              staff.createRow(0).createCell(0).setCellValue("Surname");
              workbook.setSheetHidden(1, true);
              name(workbook, "StaffList", "Staff!$A$1:$D$9501", false);
              name(workbook, "Remote", "Summary!$AO$5001", false);
              name(workbook, "Helper", "Summary!$A$1:$A$3", true);
              name(workbook, "Plain", "Summary!$A$1:$A$10", false);
            });
    byte[] file =
        ZipParts.of(base)
            .edit("xl/workbook.xml", "name=\"Helper\"", "name=\"Helper\" hidden=\"1\"")
            .bytes();

    RecordingSink sink = Workbooks.readXlsx(file);

    assertThat(sink.structures(HiddenContent.DEFINED_NAME))
        .extracting(RecordingSink.Structure::location)
        .containsExactly(
            new Location(Workbooks.FILE, "Staff", "A1:D9501"),
            new Location(Workbooks.FILE, "Summary", "AO5001"),
            new Location(Workbooks.FILE, "Summary", "A1:A3"));
    assertThat(sink.structures(HiddenContent.DEFINED_NAME))
        .extracting(RecordingSink.Structure::detail)
        .satisfiesExactly(
            d -> assertThat(d).contains("hidden sheet 'Staff'"),
            d -> assertThat(d).contains("far from"),
            d -> assertThat(d).contains("name itself is hidden"));
    assertThat(sink.texts)
        .filteredOn(t -> t.hiddenBy() == HiddenContent.DEFINED_NAME)
        .extracting(Text::text)
        .containsExactly("StaffList", "Remote", "Helper");
  }

  private static void name(XSSFWorkbook workbook, String text, String formula, boolean hidden) {
    Name name = workbook.createName();
    name.setNameName(text);
    name.setRefersToFormula(formula);
  }

  @Test
  void reportsExternalWorkbookLinksTheirCachedCellsAndFormulasUsingThem() throws Exception {
    byte[] base =
        Workbooks.xlsx(
            workbook -> {
              XSSFSheet sheet = workbook.createSheet("Totals");
              sheet.createRow(0).createCell(0).setCellValue("total");
              sheet.getRow(0).createCell(1).setCellValue(3);
            });
    ZipParts parts = ZipParts.of(base);
    byte[] file =
        parts
            .edit(
                "xl/worksheets/sheet1.xml",
                "<c r=\"B1\" t=\"n\" s=\"0\"><v>",
                "<c r=\"B1\" t=\"n\" s=\"0\"><f>SUM([1]Staff!A1:A3)</f><v>")
            .put(
                "xl/externalLinks/externalLink1.xml",
                "<externalLink xmlns=\""
                    + MAIN_NS
                    + "\" xmlns:r=\""
                    + REL_NS
                    + "\"><externalBook r:id=\"rId1\">"
                    + "<sheetNames><sheetName val=\"Staff\"/></sheetNames><sheetDataSet><sheetData sheetId=\"0\">"
                    + "<row r=\"1\"><cell r=\"A1\" t=\"str\"><v>Sarah Connor</v></cell><cell r=\"B1\"><v>1</v></cell></row>"
                    + "<row r=\"2\"><cell r=\"A2\" t=\"str\"><v>Kyle Reese</v></cell></row>"
                    + "</sheetData></sheetDataSet></externalBook></externalLink>")
            .relationship(
                "xl/externalLinks/externalLink1.xml",
                "rId1",
                REL_NS + "/externalLinkPath",
                "file:///C:/Users/jbloggs/Documents/HR%20extract.xlsx",
                true)
            .contentType(
                "xl/externalLinks/externalLink1.xml",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml")
            .relationship(
                "xl/workbook.xml",
                "rId80",
                REL_NS + "/externalLink",
                "externalLinks/externalLink1.xml",
                false)
            .edit(
                "xl/workbook.xml",
                "</sheets>",
                "</sheets><externalReferences><externalReference r:id=\"rId80\"/></externalReferences>")
            .put(
                "xl/connections.xml",
                "<connections xmlns=\""
                    + MAIN_NS
                    + "\"><connection id=\"1\" name=\"HR\" type=\"1\">"
                    + "<dbPr connection=\"DSN=HRLIVE;UID=svc_hr;Server=hr-sql01\" command=\"SELECT * FROM staff\"/></connection></connections>")
            .contentType(
                "xl/connections.xml",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.connections+xml")
            .relationship(
                "xl/workbook.xml", "rId81", REL_NS + "/connections", "connections.xml", false)
            .bytes();

    RecordingSink sink = Workbooks.readXlsx(file);

    assertThat(sink.structures(HiddenContent.EXTERNAL_LINK))
        .extracting(RecordingSink.Structure::location, RecordingSink.Structure::count)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(new Location(Workbooks.FILE, "Totals", "B1"), 1L),
            org.assertj.core.groups.Tuple.tuple(
                new Location(Workbooks.FILE, "xl/externalLinks/externalLink1.xml", null), 1L),
            org.assertj.core.groups.Tuple.tuple(
                new Location(Workbooks.FILE, "xl/connections.xml", null), 1L));
    assertThat(sink.structures(HiddenContent.CACHED_DATA))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.location())
                  .isEqualTo(
                      new Location(Workbooks.FILE, "xl/externalLinks/externalLink1.xml", null));
              assertThat(s.count()).isEqualTo(3);
            });
    assertThat(sink.tables)
        .filteredOn(t -> t.hiddenBy() == HiddenContent.CACHED_DATA)
        .singleElement()
        .satisfies(
            t ->
                assertThat(t.cells())
                    .extracting(RecordingSink.Cell::value)
                    .contains("Sarah Connor", "Kyle Reese"));
    assertThat(sink.texts)
        .filteredOn(t -> t.hiddenBy() == HiddenContent.EXTERNAL_LINK)
        .extracting(Text::text)
        .contains(
            "file:///C:/Users/jbloggs/Documents/HR extract.xlsx",
            "DSN=HRLIVE;UID=svc_hr;Server=hr-sql01");
    assertThat(sink.structures)
        .allSatisfy(s -> assertThat(s.detail()).doesNotContain("jbloggs", "svc_hr"));
  }

  @Test
  void reportsHyperlinksToFilesButNotToWebPages() throws Exception {
    byte[] file =
        Workbooks.xlsx(
            workbook -> {
              XSSFSheet sheet = workbook.createSheet("Links");
              Row row = sheet.createRow(0);
              link(
                  workbook,
                  row.createCell(0),
                  HyperlinkType.FILE,
                  "file://fileserver/hr/grievances/smith.docx");
              link(workbook, row.createCell(1), HyperlinkType.URL, "https://www.police.uk/");
              link(workbook, row.createCell(2), HyperlinkType.EMAIL, "mailto:jane.doe@example.org");
            });

    RecordingSink sink = Workbooks.readXlsx(file);

    assertThat(sink.structures(HiddenContent.EXTERNAL_LINK))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.location()).isEqualTo(new Location(Workbooks.FILE, "Links", "A1"));
              assertThat(s.count()).isEqualTo(1);
            });
    assertThat(sink.texts)
        .extracting(Text::hiddenBy, Text::text)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                HiddenContent.EXTERNAL_LINK, "file://fileserver/hr/grievances/smith.docx"),
            org.assertj.core.groups.Tuple.tuple(null, "mailto:jane.doe@example.org"));
  }

  private static void link(
      XSSFWorkbook workbook,
      org.apache.poi.ss.usermodel.Cell cell,
      HyperlinkType type,
      String address) {
    cell.setCellValue("link");
    Hyperlink link = workbook.getCreationHelper().createHyperlink(type);
    link.setAddress(address);
    cell.setHyperlink(link);
  }

  @Test
  void reportsPivotCachesAndHandsOverTheirRecords() throws Exception {
    byte[] base =
        Workbooks.xlsx(
            workbook -> {
              XSSFSheet source = workbook.createSheet("Staff");
              String[][] rows = {
                {"Surname", "Rank"},
                {"Okafor", "Constable"},
                {"Byrne", "Sergeant"},
                {"Nowak", "Constable"}
              };
              for (int r = 0; r < rows.length; r++) {
                Row row = source.createRow(r);
                row.createCell(0).setCellValue(rows[r][0]);
                row.createCell(1).setCellValue(rows[r][1]);
              }
              XSSFSheet pivot = workbook.createSheet("Pivot");
              pivot.createPivotTable(
                  new AreaReference("A1:B4", workbook.getSpreadsheetVersion()),
                  new CellReference("A3"),
                  source);
              workbook.setSheetHidden(0, true);
            });
    ZipParts parts = ZipParts.of(base);
    String records =
        parts.entries.keySet().stream()
            .filter(n -> n.contains("pivotCacheRecords"))
            .findFirst()
            .orElseThrow();
    String definition =
        parts.entries.keySet().stream()
            .filter(n -> n.contains("pivotCacheDefinition") && !n.contains("_rels"))
            .findFirst()
            .orElseThrow();
    byte[] file =
        parts
            .edit(
                definition,
                "name=\"Rank\"><sharedItems/>",
                "name=\"Rank\"><sharedItems><s v=\"Constable\"/><s v=\"Sergeant\"/></sharedItems>")
            .edit(definition, "refreshedBy=\"Apache POI\"", "refreshedBy=\"Insp Dawn Price\"")
            .put(
                records,
                "<pivotCacheRecords xmlns=\""
                    + MAIN_NS
                    + "\" count=\"3\">"
                    + "<r><s v=\"Okafor\"/><x v=\"0\"/></r><r><s v=\"Byrne\"/><x v=\"1\"/></r><r><s v=\"Nowak\"/><x v=\"0\"/></r>"
                    + "</pivotCacheRecords>")
            .bytes();

    RecordingSink sink = Workbooks.readXlsx(file);

    assertThat(sink.structures(HiddenContent.PIVOT_CACHE))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.location())
                  .isEqualTo(new Location(Workbooks.FILE, definition, "Staff!A1:B4"));
              assertThat(s.count()).isEqualTo(3);
              assertThat(s.detail())
                  .contains("3 source records", "2 fields", "hidden sheet")
                  .doesNotContain("Okafor");
            });
    RecordingSink.Table cache =
        sink.tables.stream()
            .filter(t -> t.hiddenBy() == HiddenContent.PIVOT_CACHE)
            .findFirst()
            .orElseThrow();
    assertThat(cache.location().part()).isEqualTo(records);
    assertThat(cache.cells())
        .contains(
            new RecordingSink.Cell(0, 0, "Surname", HiddenContent.PIVOT_CACHE),
            new RecordingSink.Cell(2, 0, "Byrne", HiddenContent.PIVOT_CACHE),
            new RecordingSink.Cell(2, 1, "Sergeant", HiddenContent.PIVOT_CACHE));
    assertThat(sink.texts)
        .extracting(Text::hiddenBy, Text::text)
        .contains(
            org.assertj.core.groups.Tuple.tuple(HiddenContent.PIVOT_CACHE, "Insp Dawn Price"));
  }

  @Test
  void reportsChartCachesWhoseSourceIsHiddenOrGone() throws Exception {
    byte[] base =
        Workbooks.xlsx(
            workbook -> {
              workbook
                  .createSheet("Dashboard")
                  .createRow(0)
                  .createCell(0)
                  .setCellValue("chart below");
              XSSFSheet data = workbook.createSheet("Data");
              data.createRow(0).createCell(0).setCellValue("Officer");
              workbook.setSheetHidden(1, true);
              XSSFDrawing drawing = workbook.getSheetAt(0).createDrawingPatriarch();
              XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 1, 1, 8, 15);
              var chart = drawing.createChart(anchor);
              var categories =
                  org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory.fromArray(
                      new String[] {"PC Ahmed", "PC Brown"}, "Data!$A$2:$A$3");
              var values =
                  org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory.fromArray(
                      new Integer[] {3, 5}, "Gone!$B$2:$B$3");
              var bar =
                  chart.createData(
                      org.apache.poi.xddf.usermodel.chart.ChartTypes.BAR,
                      chart.createCategoryAxis(
                          org.apache.poi.xddf.usermodel.chart.AxisPosition.BOTTOM),
                      chart.createValueAxis(org.apache.poi.xddf.usermodel.chart.AxisPosition.LEFT));
              bar.addSeries(categories, values);
              chart.plot(bar);
            });

    RecordingSink sink = Workbooks.readXlsx(base);

    assertThat(sink.structures(HiddenContent.CACHED_DATA))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.location().part()).isEqualTo("xl/charts/chart1.xml");
              assertThat(s.count()).isEqualTo(4);
              assertThat(s.detail())
                  .contains("a hidden sheet", "a sheet no longer in the workbook");
            });
    assertThat(sink.texts)
        .filteredOn(t -> t.hiddenBy() == HiddenContent.CACHED_DATA)
        .extracting(Text::text)
        .containsExactly("PC Ahmed", "PC Brown");
  }

  @Test
  void reportsEmbeddedObjectsAndHandsOverTheDocumentInside() throws Exception {
    byte[] inner = "Witness statement of Paul Grant".getBytes(StandardCharsets.UTF_8);
    byte[] file =
        Workbooks.xlsx(
            workbook -> {
              XSSFSheet sheet = workbook.createSheet("Evidence");
              sheet.createRow(0).createCell(0).setCellValue("see object");
              int index =
                  workbook.addOlePackage(inner, "statement.txt", "statement.txt", "statement.txt");
              int picture =
                  workbook.addPicture(
                      new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0},
                      XSSFWorkbook.PICTURE_TYPE_PNG);
              XSSFDrawing drawing = sheet.createDrawingPatriarch();
              drawing.createObjectData(
                  drawing.createAnchor(0, 0, 0, 0, 1, 1, 3, 5), index, picture);
            });

    RecordingSink sink = Workbooks.readXlsx(file);

    assertThat(sink.structures(HiddenContent.EMBEDDED_OBJECT))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.location().part()).isEqualTo("xl/embeddings/oleObject1.bin");
              assertThat(s.detail()).isEqualTo("an embedded OLE object on sheet 'Evidence'");
            });
    assertThat(sink.nested)
        .filteredOn(n -> n.location().part().equals("xl/embeddings/oleObject1.bin"))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.name()).isEqualTo("statement.txt");
              assertThat(n.content()).isEqualTo(inner);
            });
  }

  @Test
  void reportsAVbaProject() throws Exception {
    byte[] base =
        Workbooks.xlsx(
            workbook -> workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue(1));
    byte[] file =
        ZipParts.of(base)
            .put("xl/vbaProject.bin", new byte[] {1, 2, 3, 4})
            .contentType("xl/vbaProject.bin", "application/vnd.ms-office.vbaProject")
            .relationship(
                "xl/workbook.xml",
                "rId70",
                "http://schemas.microsoft.com/office/2006/relationships/vbaProject",
                "vbaProject.bin",
                false)
            .bytes();

    RecordingSink sink = Workbooks.readXlsx(file);

    assertThat(sink.structures(HiddenContent.MACROS))
        .singleElement()
        .satisfies(
            s ->
                assertThat(s.location())
                    .isEqualTo(new Location(Workbooks.FILE, "xl/vbaProject.bin", null)));
  }

  @Test
  void reportsTheRevisionLogOfASharedWorkbook() throws Exception {
    byte[] base =
        Workbooks.xlsx(
            workbook -> workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue(1));
    byte[] file =
        ZipParts.of(base)
            .put(
                "xl/revisions/revisionHeaders.xml",
                "<headers xmlns=\""
                    + MAIN_NS
                    + "\" xmlns:r=\""
                    + REL_NS
                    + "\" guid=\"{A}\">"
                    + "<header guid=\"{B}\" dateTime=\"2024-01-02T10:00:00\" maxSheetId=\"2\" userName=\"Gareth Evans\" r:id=\"rId1\"/></headers>")
            .relationship(
                "xl/revisions/revisionHeaders.xml",
                "rId1",
                REL_NS + "/revisionLog",
                "revisionLog1.xml",
                false)
            .put(
                "xl/revisions/revisionLog1.xml",
                "<revisions xmlns=\""
                    + MAIN_NS
                    + "\"><rcc rId=\"1\" sId=\"1\"><oc r=\"B4\" t=\"inlineStr\"><is><t>Informant: Lee Chang</t></is></oc>"
                    + "<nc r=\"B4\" t=\"inlineStr\"><is><t>redacted</t></is></nc></rcc></revisions>")
            .relationship(
                "xl/workbook.xml",
                "rId71",
                REL_NS + "/revisionHeaders",
                "revisions/revisionHeaders.xml",
                false)
            .bytes();

    RecordingSink sink = Workbooks.readXlsx(file);

    assertThat(sink.structures(HiddenContent.TRACKED_CHANGES))
        .singleElement()
        .satisfies(
            s ->
                assertThat(s.location())
                    .isEqualTo(
                        new Location(Workbooks.FILE, "xl/revisions/revisionHeaders.xml", null)));
    assertThat(sink.structures(HiddenContent.CACHED_DATA))
        .singleElement()
        .satisfies(s -> assertThat(s.count()).isEqualTo(2));
    assertThat(sink.texts)
        .extracting(Text::hiddenBy, Text::text)
        .contains(
            org.assertj.core.groups.Tuple.tuple(HiddenContent.CACHED_DATA, "Informant: Lee Chang"),
            org.assertj.core.groups.Tuple.tuple(HiddenContent.TRACKED_CHANGES, "Gareth Evans"));
  }

  @Test
  void handsOverTextBoxesAndReportsHiddenOnes() throws Exception {
    byte[] file =
        Workbooks.xlsx(
            workbook -> {
              XSSFSheet sheet = workbook.createSheet("Notes");
              sheet.createRow(0).createCell(0).setCellValue(1);
              XSSFDrawing drawing = sheet.createDrawingPatriarch();
              XSSFTextBox shown =
                  drawing.createTextbox(drawing.createAnchor(0, 0, 0, 0, 2, 2, 5, 5));
              shown.setText("Summary only");
              XSSFTextBox hidden =
                  drawing.createTextbox(drawing.createAnchor(0, 0, 0, 0, 6, 6, 9, 9));
              hidden.setText("Source: CHIS 4471");
              hidden.getCTShape().getNvSpPr().getCNvPr().setHidden(true);
            });

    RecordingSink sink = Workbooks.readXlsx(file);

    assertThat(sink.structures(HiddenContent.HIDDEN_TEXT))
        .singleElement()
        .satisfies(
            s ->
                assertThat(s.location())
                    .isEqualTo(new Location(Workbooks.FILE, "Notes", "xl/drawings/drawing1.xml")));
    assertThat(sink.texts)
        .extracting(Text::hiddenBy, Text::text)
        .contains(
            org.assertj.core.groups.Tuple.tuple(null, "Summary only"),
            org.assertj.core.groups.Tuple.tuple(HiddenContent.HIDDEN_TEXT, "Source: CHIS 4471"));
  }

  /** POI writes dc:creator "Apache POI" into every workbook: a generator, not a person. */
  @Test
  void aCleanWorkbookHasNoFindings() throws Exception {
    byte[] file =
        Workbooks.xlsx(
            workbook -> {
              XSSFSheet sheet = workbook.createSheet("Headcount");
              for (int r = 0; r < 6; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(r == 0 ? "Rank" : "Rank " + r);
                row.createCell(1).setCellValue(r * 100);
              }
              sheet.setColumnWidth(0, 20 * 256);
            });

    RecordingSink sink = Workbooks.readXlsx(file);

    assertThat(sink.structures).isEmpty();
    assertThat(sink.texts).isEmpty();
    assertThat(table(sink, "Headcount").cells()).hasSize(12).allMatch(c -> c.hiddenBy() == null);
  }
}
