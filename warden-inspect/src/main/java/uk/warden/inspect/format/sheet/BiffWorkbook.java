package uk.warden.inspect.format.sheet;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.record.AutoFilterInfoRecord;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.ColumnInfoRecord;
import org.apache.poi.hssf.record.CommonObjectDataSubRecord;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.DimensionsRecord;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.ExtendedFormatRecord;
import org.apache.poi.hssf.record.ExternSheetRecord;
import org.apache.poi.hssf.record.FontRecord;
import org.apache.poi.hssf.record.FooterRecord;
import org.apache.poi.hssf.record.FormatRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.HeaderRecord;
import org.apache.poi.hssf.record.HyperlinkRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.NameRecord;
import org.apache.poi.hssf.record.NoteRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.ObjRecord;
import org.apache.poi.hssf.record.PaletteRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordFactoryInputStream;
import org.apache.poi.hssf.record.RowRecord;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.hssf.record.SubRecord;
import org.apache.poi.hssf.record.SupBookRecord;
import org.apache.poi.hssf.record.TextObjectRecord;
import org.apache.poi.hssf.record.WriteAccessRecord;
import org.apache.poi.ss.formula.ptg.Area3DPtg;
import org.apache.poi.ss.formula.ptg.AreaErrPtg;
import org.apache.poi.ss.formula.ptg.DeletedArea3DPtg;
import org.apache.poi.ss.formula.ptg.DeletedRef3DPtg;
import org.apache.poi.ss.formula.ptg.NameXPtg;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.ss.formula.ptg.Ref3DPtg;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.content.HiddenContent;

/**
 * Streams the BIFF8 records of an XLS "Workbook" stream with POI's record factory (no workbook
 * model): globals first (sheets, strings, formats, names, links), then each worksheet's rows,
 * columns, cells, notes and headers. Cells are reported as they come; a sheet's findings follow its
 * cells, once its last record is read.
 */
final class BiffWorkbook {

  private static final int HIDDEN_ROW_TWIPS = 30;

  private final Reporter reporter;
  private final XlsStyles styles = new XlsStyles();
  private final List<BoundSheetRecord> boundSheets = new ArrayList<>();
  private final List<NameRecord> names = new ArrayList<>();
  private final List<SupBookRecord> supBooks = new ArrayList<>();
  private final Map<String, SheetSummary> summaries = new LinkedHashMap<>();
  private @Nullable ExternSheetRecord externSheet;
  private @Nullable SSTRecord sst;
  private @Nullable String writeAccess;
  private boolean date1904;
  private @Nullable CellText text;
  private BoundSheetRecord[] sheetsInOrder = new BoundSheetRecord[0];

  private int depth;
  private int substream = -1;
  private @Nullable BiffSheet sheet;

  BiffWorkbook(Reporter reporter) {
    this.reporter = reporter;
  }

  Map<String, SheetSummary> summaries() {
    return summaries;
  }

  @Nullable String writeAccess() {
    return writeAccess;
  }

  void read(InputStream workbookStream) {
    RecordFactoryInputStream records = new RecordFactoryInputStream(workbookStream, false);
    Record record;
    while ((record = records.nextRecord()) != null) {
      handle(record);
    }
    if (sheet != null) {
      finishSheet();
    }
    externalBooks();
    DefinedNames.report(reporter, definedNames(), summaries);
  }

  private void handle(Record record) {
    if (record instanceof BOFRecord bof) {
      depth++;
      if (depth == 1 && bof.getType() != BOFRecord.TYPE_WORKBOOK) {
        startSubstream(bof);
      }
      return;
    }
    if (record instanceof EOFRecord) {
      depth--;
      if (depth == 0 && sheet != null) {
        finishSheet();
      }
      return;
    }
    if (depth > 1) {
      return; // an embedded chart inside a sheet
    }
    if (sheet != null) {
      sheet.handle(record);
    } else {
      global(record);
    }
  }

  private void global(Record record) {
    if (record instanceof BoundSheetRecord bound) {
      boundSheets.add(bound);
    } else if (record instanceof SSTRecord strings) {
      sst = strings;
    } else if (record instanceof ExtendedFormatRecord xf) {
      styles.add(xf);
    } else if (record instanceof FontRecord font) {
      styles.add(font);
    } else if (record instanceof FormatRecord format) {
      styles.add(format);
    } else if (record instanceof PaletteRecord palette) {
      styles.palette(palette);
    } else if (record instanceof NameRecord name) {
      names.add(name);
    } else if (record instanceof SupBookRecord book) {
      supBooks.add(book);
    } else if (record instanceof ExternSheetRecord extern) {
      externSheet = extern;
    } else if (record instanceof WriteAccessRecord access) {
      writeAccess = access.getUsername();
    } else if (record instanceof DateWindow1904Record window) {
      date1904 = window.getWindowing() == 1;
    }
  }

  private void startSubstream(BOFRecord bof) {
    substream++;
    if (sheetsInOrder.length != boundSheets.size()) {
      sheetsInOrder = BoundSheetRecord.orderByBofPosition(boundSheets);
    }
    if (text == null) {
      text = new CellText(date1904);
    }
    BoundSheetRecord bound = substream < sheetsInOrder.length ? sheetsInOrder[substream] : null;
    String name = bound == null ? "Sheet" + (substream + 1) : bound.getSheetname();
    HiddenContent hiddenBy =
        bound == null
            ? null
            : bound.isVeryHidden()
                ? HiddenContent.VERY_HIDDEN_SHEET
                : bound.isHidden() ? HiddenContent.HIDDEN_SHEET : null;
    sheet = new BiffSheet(name, hiddenBy, substream, bof.getType());
  }

  private void finishSheet() {
    BiffSheet done = sheet;
    sheet = null;
    if (done != null) {
      done.finish();
    }
  }

  /** One sheet substream being read. */
  private final class BiffSheet {
    private final String name;
    private final int index;
    private final int type;
    private final SheetLayout layout;
    private final CellSet outside = new CellSet();
    private final CellSet commented = new CellSet();
    private final Map<Integer, String> objectTexts = new HashMap<>();
    private final List<NoteRecord> notes = new ArrayList<>();
    private final CellSet fileLinks = new CellSet();
    private int pendingCommentObject = -1;
    private boolean tableOpen;
    private @Nullable FormulaRecord pendingStringFormula;

    BiffSheet(String name, @Nullable HiddenContent hiddenBy, int index, int type) {
      this.name = name;
      this.index = index;
      this.type = type;
      this.layout = new SheetLayout(hiddenBy);
      filterAreas();
    }

    private void filterAreas() {
      for (NameRecord name : names) {
        if (name.isBuiltInName()
            && name.getBuiltInName() == NameRecord.BUILTIN_FILTER_DB
            && name.getSheetNumber() == index + 1) {
          for (Ptg ptg : definition(name)) {
            if (ptg instanceof Area3DPtg area) {
              layout.filterAreas.add(
                  new int[] {
                    area.getFirstRow(),
                    area.getFirstColumn(),
                    area.getLastRow(),
                    area.getLastColumn()
                  });
            }
          }
        }
      }
    }

    private boolean filterActive;

    void handle(Record record) {
      if (pendingStringFormula != null && !(record instanceof StringRecord)) {
        pendingStringFormula = null;
      }
      if (record instanceof DimensionsRecord dimensions) {
        openTable(dimensions);
      } else if (record instanceof RowRecord row) {
        if (row.getZeroHeight() || (row.getHeight() & 0x7FFF) < HIDDEN_ROW_TWIPS) {
          layout.hiddenRows.set(row.getRowNumber());
        }
      } else if (record instanceof ColumnInfoRecord column) {
        if (column.getHidden() || column.getColumnWidth() == 0) {
          layout.hiddenColumns.set(
              column.getFirstColumn(), Math.min(column.getLastColumn(), A1.MAX_COLUMNS - 1) + 1);
        }
      } else if (record instanceof AutoFilterInfoRecord) {
        filterActive = true;
      } else if (record instanceof LabelSSTRecord label) {
        String value = sst == null ? "" : sst.getString(label.getSSTIndex()).getString();
        cell(label, value, true);
      } else if (record instanceof NumberRecord number) {
        cell(number, number(number.getValue(), number.getXFIndex()), false);
      } else if (record instanceof FormulaRecord formula) {
        formula(formula);
      } else if (record instanceof StringRecord string && pendingStringFormula != null) {
        cell(pendingStringFormula, string.getString(), true);
        pendingStringFormula = null;
      } else if (record instanceof BoolErrRecord boolErr && boolErr.isBoolean()) {
        cell(boolErr, boolErr.getBooleanValue() ? "TRUE" : "FALSE", false);
      } else if (record instanceof LabelRecord label) {
        cell(label, label.getValue(), true);
      } else if (record instanceof HeaderRecord header) {
        layout.headerFooter.put("oddHeader", header.getText());
      } else if (record instanceof FooterRecord footer) {
        layout.headerFooter.put("oddFooter", footer.getText());
      } else if (record instanceof ObjRecord object) {
        object(object);
      } else if (record instanceof TextObjectRecord textObject) {
        String content = textObject.getStr() == null ? "" : textObject.getStr().getString();
        if (pendingCommentObject >= 0) {
          objectTexts.put(pendingCommentObject, content);
          pendingCommentObject = -1;
        } else {
          reporter.text(name, "text box", layout.sheetHiddenBy(), content);
        }
      } else if (record instanceof NoteRecord note) {
        notes.add(note);
      } else if (record instanceof HyperlinkRecord link) {
        hyperlink(link);
      }
    }

    private void openTable(@Nullable DimensionsRecord dimensions) {
      if (tableOpen) {
        return;
      }
      tableOpen = true;
      String range =
          dimensions == null || dimensions.getLastRow() <= dimensions.getFirstRow()
              ? null
              : A1.range(
                  dimensions.getFirstRow(),
                  dimensions.getFirstCol(),
                  dimensions.getLastRow() - 1,
                  Math.max(dimensions.getFirstCol(), dimensions.getLastCol() - 1));
      reporter.table(name, range, layout.sheetHiddenBy());
    }

    private void formula(FormulaRecord formula) {
      if (reachesOutside(formula.getParsedExpression())) {
        outside.add(formula.getRow(), formula.getColumn());
      }
      switch (formula.getCachedResultTypeEnum()) {
        case NUMERIC -> cell(formula, number(formula.getValue(), formula.getXFIndex()), false);
        case STRING -> pendingStringFormula = formula;
        case BOOLEAN -> cell(formula, formula.getCachedBooleanValue() ? "TRUE" : "FALSE", false);
        default -> {
          // errors and empty results hold nothing to read
        }
      }
    }

    private String number(double value, int xf) {
      String raw = NumberToTextConverter.toText(value);
      return text == null ? raw : text.number(raw, styles.formatIndex(xf), styles.formatCode(xf));
    }

    private void cell(CellValueRecordInterface cell, String value, boolean isText) {
      openTable(null);
      if (value.isEmpty()) {
        return;
      }
      int row = cell.getRow();
      int column = cell.getColumn();
      layout.content(row, column);
      int xf = cell.getXFIndex();
      CellStyles.Concealment why = isText ? styles.forText(xf) : styles.forNumber(xf);
      reporter.cell(row, column, value, layout.hiddenBy(row, column, why));
    }

    private void object(ObjRecord object) {
      for (SubRecord sub : object.getSubRecords()) {
        if (sub instanceof CommonObjectDataSubRecord common) {
          pendingCommentObject =
              common.getObjectType() == CommonObjectDataSubRecord.OBJECT_TYPE_COMMENT
                  ? common.getObjectId()
                  : -1;
        }
      }
    }

    private void hyperlink(HyperlinkRecord link) {
      String address = link.getAddress();
      if (address == null || address.isBlank()) {
        address = link.getShortFilename();
      }
      if (address == null || address.isBlank() || link.isDocumentLink()) {
        return;
      }
      String ref = A1.cell(link.getFirstRow(), link.getFirstColumn());
      if (link.isFileLink() || SheetLinks.fileTarget(address)) {
        fileLinks.add(link.getFirstRow(), link.getFirstColumn());
        reporter.text(name, ref, HiddenContent.EXTERNAL_LINK, address);
      } else {
        reporter.text(name, ref, null, address);
      }
    }

    void finish() {
      openTable(null);
      if (!filterActive) {
        layout.filterAreas.clear();
      }
      SheetFindings.beforeCells(reporter, name, layout);
      SheetFindings.afterCells(reporter, name, layout);
      if (!outside.isEmpty()) {
        reporter.structure(
            HiddenContent.EXTERNAL_LINK,
            name,
            outside.location(),
            outside.size(),
            "%s on sheet '%s' take values from another workbook or program"
                .formatted(Sizes.count(outside.size(), "formula", "formulas"), name));
      }
      if (!fileLinks.isEmpty()) {
        reporter.structure(
            HiddenContent.EXTERNAL_LINK,
            name,
            fileLinks.location(),
            fileLinks.size(),
            "%s on sheet '%s' lead to files (local, network or relative paths)"
                .formatted(Sizes.count(fileLinks.size(), "hyperlink", "hyperlinks"), name));
      }
      comments();
      if (type == BOFRecord.TYPE_EXCEL_4_MACRO) {
        reporter.structure(
            HiddenContent.MACROS,
            name,
            null,
            1,
            "sheet '%s' is an Excel 4.0 macro sheet".formatted(name));
      }
      summaries.put(name, SheetSummary.of(name, layout));
    }

    private void comments() {
      if (notes.isEmpty()) {
        return;
      }
      List<String> authors = new ArrayList<>();
      for (NoteRecord note : notes) {
        commented.add(note.getRow(), note.getColumn());
        String ref = A1.cell(note.getRow(), note.getColumn());
        reporter.text(name, ref, HiddenContent.COMMENTS, objectTexts.get(note.getShapeId()));
        if (note.getAuthor() != null && !authors.contains(note.getAuthor())) {
          authors.add(note.getAuthor());
        }
      }
      for (String author : authors) {
        reporter.text(name, "comment authors", HiddenContent.COMMENTS, author);
      }
      reporter.structure(
          HiddenContent.COMMENTS,
          name,
          commented.location(),
          notes.size(),
          "sheet '%s' has %s".formatted(name, Sizes.count(notes.size(), "comment", "comments")));
    }
  }

  private Ptg[] definition(NameRecord name) {
    Ptg[] ptgs = name.getNameDefinition();
    return ptgs == null ? new Ptg[0] : ptgs;
  }

  /** Whether formula tokens refer to another workbook through the EXTERNSHEET table. */
  private boolean reachesOutside(@Nullable Ptg[] ptgs) {
    if (ptgs == null) {
      return false;
    }
    for (Ptg ptg : ptgs) {
      int ref = -1;
      if (ptg instanceof Ref3DPtg ref3d) {
        ref = ref3d.getExternSheetIndex();
      } else if (ptg instanceof Area3DPtg area) {
        ref = area.getExternSheetIndex();
      } else if (ptg instanceof DeletedRef3DPtg || ptg instanceof DeletedArea3DPtg) {
        continue;
      } else if (ptg instanceof NameXPtg nameX) {
        ref = nameX.getSheetRefIndex();
      }
      if (ref >= 0 && externalBook(ref) != null) {
        return true;
      }
    }
    return false;
  }

  /** The external SUPBOOK an EXTERNSHEET reference points at, or null for this workbook. */
  private @Nullable SupBookRecord externalBook(int refIndex) {
    if (externSheet == null || refIndex >= externSheet.getNumOfRefs()) {
      return null;
    }
    int book = externSheet.getExtbookIndexFromRefIndex(refIndex);
    if (book < 0 || book >= supBooks.size()) {
      return null;
    }
    SupBookRecord record = supBooks.get(book);
    return record.isExternalReferences() ? record : null;
  }

  private @Nullable String sheetOf(int refIndex) {
    if (externSheet == null
        || refIndex >= externSheet.getNumOfRefs()
        || externalBook(refIndex) != null) {
      return null;
    }
    int first = externSheet.getFirstSheetIndexFromRefIndex(refIndex);
    return first >= 0 && first < boundSheets.size() ? boundSheets.get(first).getSheetname() : null;
  }

  private void externalBooks() {
    int number = 0;
    for (SupBookRecord book : supBooks) {
      if (!book.isExternalReferences()) {
        continue;
      }
      number++;
      String part = "external link " + number;
      String url = book.getURL();
      boolean dde = url != null && url.indexOf('\u0003') >= 0;
      reporter.text(
          part,
          "target",
          HiddenContent.EXTERNAL_LINK,
          url == null ? null : url.replace('\u0003', ' '));
      reporter.structure(
          HiddenContent.EXTERNAL_LINK,
          part,
          null,
          1,
          dde
              ? "a DDE link, which asks another program for data and can start it"
              : "a link to another workbook");
    }
  }

  private List<DefinedNames.Name> definedNames() {
    List<DefinedNames.Name> result = new ArrayList<>();
    for (NameRecord name : names) {
      if (name.isBuiltInName() || name.getNameText() == null) {
        continue;
      }
      StringBuilder formula = new StringBuilder();
      for (Ptg ptg : definition(name)) {
        String ref = null;
        if (ptg instanceof Area3DPtg area) {
          String sheetName = sheetOf(area.getExternSheetIndex());
          if (sheetName != null && !(ptg instanceof AreaErrPtg)) {
            ref =
                quoted(sheetName)
                    + "!"
                    + A1.range(
                        area.getFirstRow(),
                        area.getFirstColumn(),
                        area.getLastRow(),
                        area.getLastColumn());
          }
        } else if (ptg instanceof Ref3DPtg cell) {
          String sheetName = sheetOf(cell.getExternSheetIndex());
          if (sheetName != null) {
            ref = quoted(sheetName) + "!" + A1.cell(cell.getRow(), cell.getColumn());
          }
        }
        if (ref != null) {
          if (formula.length() > 0) {
            formula.append(',');
          }
          formula.append(ref);
        }
      }
      int scope = name.getSheetNumber();
      String scopeSheet =
          scope > 0 && scope <= boundSheets.size()
              ? boundSheets.get(scope - 1).getSheetname()
              : null;
      result.add(
          new DefinedNames.Name(
              name.getNameText(), scopeSheet, name.isHiddenName(), formula.toString()));
    }
    return result;
  }

  private static String quoted(String sheet) {
    return "'" + sheet.replace("'", "''") + "'";
  }
}
