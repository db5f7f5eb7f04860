/**
 * The findings list: the findings engine's rules evaluated over the store, with the integrity
 * watch's open losses, and what people decided about each finding.
 */
@NullMarked
package uk.warden.app.findings;

import org.jspecify.annotations.NullMarked;
