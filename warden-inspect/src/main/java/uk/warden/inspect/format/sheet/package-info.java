/**
 * Spreadsheet readers of the disclosure guard: Excel workbooks (XLSX/XLSM through a hardened zip
 * and StAX reading of the package parts, cells included, in one light skim and one cell pass per
 * sheet; XLS through POI's HSSF record stream) and OpenDocument spreadsheets (the same zip and StAX
 * reading). They report every cell, hidden or not, and the structures that hide content (hidden
 * sheets, rows and columns, filters, invisible formats, pivot caches, chart and link caches,
 * comments, properties, embedded objects, macros), never verdicts.
 *
 * <p>No reader builds a workbook object model: XSSFWorkbook needs gigabytes for a large sheet, and
 * HSSFWorkbook keeps every cell in memory. Everything is streamed under {@link
 * uk.warden.inspect.content.Limits}.
 */
@NullMarked
package uk.warden.inspect.format.sheet;

import org.jspecify.annotations.NullMarked;
