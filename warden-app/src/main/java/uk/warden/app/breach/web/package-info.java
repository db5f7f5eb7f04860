/** The incident pages: declare, assess, report. */
@NullMarked
package uk.warden.app.breach.web;

import org.jspecify.annotations.NullMarked;
