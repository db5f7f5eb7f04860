/**
 * The exports pages: make an extract under an agreement, approve or refuse a held one, fetch a
 * released one, check a file made elsewhere, and trace a found one.
 */
@NullMarked
package uk.warden.app.exports.web;

import org.jspecify.annotations.NullMarked;
