/** Governed exports over the REST API: make, approve, fetch, check and trace extracts. */
@NullMarked
package uk.warden.app.exports.api;

import org.jspecify.annotations.NullMarked;
