@NullMarked
package uk.warden.app.review.report;

import org.jspecify.annotations.NullMarked;
