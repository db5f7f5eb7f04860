/** The custody pages: transfers and deletions. */
@NullMarked
package uk.warden.app.custody.web;

import org.jspecify.annotations.NullMarked;
