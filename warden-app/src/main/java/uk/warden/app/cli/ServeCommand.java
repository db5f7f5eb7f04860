package uk.warden.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code warden serve}: the web app and API over the store, as it is. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Start the web app and API.")
class ServeCommand implements Callable<Integer> {

  @Mixin StoreOptions store;
  @Mixin ServerOptions server;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    var context = Spring.startServer(store.location(), server.properties());
    Server.announceAndWait(context, server, spec.commandLine().getOut());
    return ExitCodes.OK;
  }
}
