package uk.warden.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The assembled application. It is started by {@link WardenMain} (through the CLI), never on its
 * own, so that every run resolves the store in the same way.
 */
@SpringBootApplication
public class WardenApplication {}
