/** The findings over HTTP. */
@NullMarked
package uk.warden.app.findings.api;

import org.jspecify.annotations.NullMarked;
