package uk.warden.core.access;

import java.time.LocalDate;

/**
 * What one principal did on one system on one day: records read (by consulting, disclosing or
 * combining; see {@link Operation#reads()}) and events of any kind.
 */
public record DailyVolume(
    String principalId, String systemCode, LocalDate day, long recordsRead, int events) {}
