/** The disclosure pages: upload a file, read its report, and approve or reject its release. */
@NullMarked
package uk.warden.app.disclosure.web;

import org.jspecify.annotations.NullMarked;
