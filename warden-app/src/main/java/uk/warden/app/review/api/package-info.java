@NullMarked
package uk.warden.app.review.api;

import org.jspecify.annotations.NullMarked;
