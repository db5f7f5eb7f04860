@NullMarked
package uk.warden.app.audit.web;

import org.jspecify.annotations.NullMarked;
