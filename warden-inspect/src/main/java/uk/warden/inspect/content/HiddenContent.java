package uk.warden.inspect.content;

/**
 * Hidden or easily missed structure a reader reports, with the codes the JSON report uses. The
 * default severity is what the content is on its own; personal data found inside it is reported
 * separately and weighs more.
 */
public enum HiddenContent {
  HIDDEN_SHEET("a hidden sheet"),
  VERY_HIDDEN_SHEET("a very hidden sheet (only visible through the VBA editor)"),
  HIDDEN_ROWS("hidden rows"),
  HIDDEN_COLUMNS("hidden columns"),
  FILTERED_ROWS("rows hidden by a filter"),
  INVISIBLE_CELLS(
      "cells whose content does not show (;;; format, text coloured as the fill, tiny font)"),
  PIVOT_CACHE("a pivot cache holding source records"),
  EXTERNAL_LINK("links to other files or data connections"),
  DEFINED_NAME("a defined name pointing at a hidden or out-of-view range"),
  COMMENTS("comments or notes"),
  TRACKED_CHANGES("tracked changes keeping earlier or deleted text"),
  HIDDEN_TEXT("text formatted as hidden"),
  DOCUMENT_PROPERTIES("document properties (author, last modified by, company, custom)"),
  EMBEDDED_OBJECT("an embedded object or attachment"),
  MACROS("macros"),
  IMAGE_METADATA("image metadata (EXIF, GPS, XMP)"),
  PDF_TEXT_UNDER_BOX("text still present under a filled box: a failed redaction"),
  PDF_INVISIBLE_TEXT("invisible text (render mode 3, an OCR layer)"),
  PDF_ANNOTATIONS("annotations"),
  PDF_ATTACHMENTS("attached files"),
  PDF_PREVIOUS_VERSIONS("incremental updates that keep earlier content"),
  PDF_FORM_DATA("form field values"),
  PDF_HIDDEN_LAYER("optional content switched off"),
  CACHED_DATA("cached copies of values no longer on any sheet (charts, links, revision logs)"),
  HIDDEN_SLIDE("a hidden slide"),
  SPEAKER_NOTES("speaker notes"),
  HEADER_FOOTER("headers or footers"),
  EMAIL_RECIPIENTS("an open list of several external recipients"),
  UNINSPECTABLE("content Warden cannot read (encrypted, image-only, unreadable part)");

  private final String description;

  HiddenContent(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
