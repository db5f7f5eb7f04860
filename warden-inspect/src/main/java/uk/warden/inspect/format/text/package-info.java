/**
 * Plain text and delimited files (CSV, TSV), streamed in bounded chunks and records so that a file
 * of any size is read in constant memory.
 */
@NullMarked
package uk.warden.inspect.format.text;

import org.jspecify.annotations.NullMarked;
