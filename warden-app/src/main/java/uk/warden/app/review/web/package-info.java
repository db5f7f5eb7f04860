@NullMarked
package uk.warden.app.review.web;

import org.jspecify.annotations.NullMarked;
