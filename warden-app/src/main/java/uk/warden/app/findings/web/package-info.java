/** The findings pages. */
@NullMarked
package uk.warden.app.findings.web;

import org.jspecify.annotations.NullMarked;
