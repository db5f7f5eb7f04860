package uk.warden.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The assembled application. It is started by {@link WardenMain} (through the CLI), never on its
 * own, so that every run resolves the store in the same way.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WardenApplication {}
