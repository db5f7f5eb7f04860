/**
 * Telling people about a loss: an {@link uk.warden.watch.alert.Alert} sent through every configured
 * {@link uk.warden.watch.alert.AlertChannel} (webhook, e-mail, syslog) by the {@link
 * uk.warden.watch.alert.AlertDispatcher}, with retries, and a {@link
 * uk.warden.watch.alert.Delivery} recorded for each.
 */
@NullMarked
package uk.warden.watch.alert;

import org.jspecify.annotations.NullMarked;
