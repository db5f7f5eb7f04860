/**
 * Importing people from HR extracts (CSV or XLSX). A file is read whole before anything is kept:
 * every problem is collected and located (row as a spreadsheet user counts it, column as headed in
 * the file) and one bad row refuses the whole file, so a force never ends up with half a workforce.
 *
 * <p>Only {@link uk.warden.core.register.importing.PeopleImport}, its result and {@link
 * uk.warden.core.register.importing.ColumnMapping} are public; the readers and parsers behind them
 * are package-private so they can change freely.
 */
@NullMarked
package uk.warden.core.register.importing;

import org.jspecify.annotations.NullMarked;
