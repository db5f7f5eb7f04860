/** The findings decisions as kept. */
@NullMarked
package uk.warden.app.findings.store;

import org.jspecify.annotations.NullMarked;
