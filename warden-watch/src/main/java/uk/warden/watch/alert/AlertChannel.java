package uk.warden.watch.alert;

import java.io.IOException;

/** One way of telling people: a webhook, an e-mail address, a syslog receiver. */
public interface AlertChannel {

  /** A short name for the delivery record, e.g. {@code webhook https://soc.example/hook}. */
  String name();

  /** Sends once; a failure is an exception, retried by the caller. */
  void send(Alert alert) throws IOException;
}
