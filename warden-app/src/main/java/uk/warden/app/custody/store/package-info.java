/** Custody rows: transfers and deletions with their people as serialised bitmaps. */
@NullMarked
package uk.warden.app.custody.store;

import org.jspecify.annotations.NullMarked;
