/**
 * The two downloadable outputs of a breach: the notification list (CSV, one row per person exposed
 * in the worst case, for the DPO to tell them under Art 34 / DPA 2018 s.68) and the incident report
 * (PDF, counts and categories only, safe to email round for review). Pure rendering over the impact
 * engine's results: no storage, no web; the faces call these classes.
 */
@NullMarked
package uk.warden.app.breach.report;

import org.jspecify.annotations.NullMarked;
