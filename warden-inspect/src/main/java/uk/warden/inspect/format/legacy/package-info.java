/**
 * Word 97-2003 documents (HWPF): still common in disclosure logs, and they keep tracked changes,
 * hidden text and comments in the binary as faithfully as their XML successors.
 */
@NullMarked
package uk.warden.inspect.format.legacy;

import org.jspecify.annotations.NullMarked;
