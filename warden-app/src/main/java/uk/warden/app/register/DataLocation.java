package uk.warden.app.register;

import org.jspecify.annotations.Nullable;
import uk.warden.core.register.DataSystem;
import uk.warden.core.register.Party;

/** One place a person's data is: a system, and the party hosting it when it is not in-house. */
public record DataLocation(DataSystem system, @Nullable Party host) {}
