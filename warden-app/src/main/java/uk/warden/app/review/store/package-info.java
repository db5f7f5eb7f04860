@NullMarked
package uk.warden.app.review.store;

import org.jspecify.annotations.NullMarked;
