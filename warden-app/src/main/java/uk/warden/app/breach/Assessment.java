package uk.warden.app.breach;

import uk.warden.core.breach.Impact;
import uk.warden.core.breach.Incident;
import uk.warden.core.breach.RegulatorReport;

/** An incident, its assessed impact and the regulator report drafted from both. */
public record Assessment(Incident incident, Impact impact, RegulatorReport report) {}
