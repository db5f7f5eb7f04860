package uk.warden.app.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import org.slf4j.LoggerFactory;

/**
 * Logging for a command that runs without the application context, which is what configures logging
 * for the others: Warden's own lines (a backup taken, a store restored) on standard error at the
 * levels the server logs them, the libraries' (Flyway, H2) only with {@code WARDEN_DEBUG}. Left
 * alone, logback would print every library's debug lines on standard output, into the command's
 * answer. A configuration the JVM was given (the {@code logback.configurationFile} property, a
 * logback.xml, the tests' logback-test.xml) is kept.
 */
final class CommandLogging {

  private CommandLogging() {}

  static void standalone() {
    ClassLoader loader = CommandLogging.class.getClassLoader();
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)
        || System.getProperty("logback.configurationFile") != null
        || loader.getResource("logback-test.xml") != null
        || loader.getResource("logback.xml") != null) {
      return;
    }
    context.reset();
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern("%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level %logger{0}: %msg%n");
    encoder.start();
    ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
    console.setContext(context);
    console.setTarget("System.err");
    console.setEncoder(encoder);
    console.start();
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.addAppender(console);
    root.setLevel(System.getenv("WARDEN_DEBUG") == null ? Level.OFF : Level.INFO);
    context.getLogger("uk.warden").setLevel(Level.INFO);
  }
}
