package uk.warden.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import uk.warden.app.demo.DemoService;

/**
 * {@code warden demo}: the web app over a synthetic force. The force is generated into the store
 * the first time (when the store holds nobody), so later runs keep what the user changed.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Start the web app over a synthetic demo force (generated on first start).")
class DemoCommand implements Callable<Integer> {

  @Mixin StoreOptions store;
  @Mixin ServerOptions server;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    var location = store.location();
    out.println("Store: " + location.describe());
    out.flush();
    var context = Spring.startServer(location, server.properties());
    DemoService demo = context.getBean(DemoService.class);
    if (demo.isEmpty()) {
      out.println("Generating the demo force (first start only)...");
      out.flush();
      var loaded = demo.loadDefault();
      out.println("Loaded " + loaded.describe());
    }
    Server.announceAndWait(context, server, out);
    return ExitCodes.OK;
  }
}
