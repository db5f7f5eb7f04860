package uk.warden.app.breach;

import java.time.Instant;
import uk.warden.core.breach.Incident;

/** An incident as recorded: the facts, and who declared it in Warden and when. */
public record DeclaredIncident(Incident incident, Instant declaredAt, String declaredBy) {}
