@NullMarked
package uk.warden.app.watch.web;

import org.jspecify.annotations.NullMarked;
