package uk.warden.inspect.content;

/** The formats the disclosure guard reads, as recognised from content by {@link FormatSniffer}. */
public enum Format {
  XLSX("Excel workbook"),
  XLSM("Excel macro-enabled workbook"),
  XLS("Excel 97-2003 workbook"),
  ODS("OpenDocument spreadsheet"),
  CSV("comma-separated values"),
  TSV("tab-separated values"),
  TEXT("plain text"),
  DOCX("Word document"),
  DOC("Word 97-2003 document"),
  PPTX("PowerPoint presentation"),
  PDF("PDF document"),
  EML("e-mail message"),
  JPEG("JPEG image"),
  PNG("PNG image"),
  /** An encrypted Office file (OLE2 container holding EncryptedPackage). */
  ENCRYPTED_OFFICE("encrypted Office file"),
  /** Anything else: never passes, because what cannot be read cannot be cleared. */
  UNKNOWN("unrecognised format");

  private final String description;

  Format(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }

  public boolean spreadsheet() {
    return this == XLSX || this == XLSM || this == XLS || this == ODS || this == CSV || this == TSV;
  }
}
