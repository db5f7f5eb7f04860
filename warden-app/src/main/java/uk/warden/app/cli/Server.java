package uk.warden.app.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.ConfigurableApplicationContext;
import uk.warden.app.account.AccountService;

/**
 * What {@code serve} and {@code demo} share: first-start admin, the banner, running until stopped.
 */
final class Server {

  private Server() {}

  static void announceAndWait(
      ConfigurableApplicationContext context, ServerOptions server, PrintWriter out) {
    Optional<String> password = context.getBean(AccountService.class).ensureAdmin();
    out.println();
    out.println("Warden is running at " + server.url());
    if (password.isPresent()) {
      out.println(
          "Sign in as '"
              + AccountService.ADMIN
              + "' with the one-time password: "
              + password.get());
      out.println("(It is shown only now and stored only as a hash. Keep it safe.)");
    } else {
      out.println(
          "Sign in with your account. Forgotten the admin password? Stop Warden and run:"
              + " ./warden user reset-password admin");
    }
    out.println("Press Ctrl+C to stop.");
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    context.addApplicationListener(
        (org.springframework.context.event.ContextClosedEvent e) -> stopped.countDown());
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
