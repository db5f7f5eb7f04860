/** Counting a folder tree: files and bytes per top-level folder, and its manifest. */
@NullMarked
package uk.warden.watch.collect.files;

import org.jspecify.annotations.NullMarked;
