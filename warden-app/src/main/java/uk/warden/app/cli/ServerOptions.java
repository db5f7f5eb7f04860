package uk.warden.app.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Where the web app listens. */
public class ServerOptions {

  @Option(names = "--port", paramLabel = "PORT", description = "HTTP port (default: 8080).")
  int port = 8080;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      description = "Address to listen on (default: 127.0.0.1, this machine only).")
  String host = "127.0.0.1";

  Map<String, Object> properties() {
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("server.port", port);
    props.put("server.address", host);
    return props;
  }

  String url() {
    String shown = host.equals("0.0.0.0") || host.equals("127.0.0.1") ? "localhost" : host;
    return "http://" + shown + ":" + port + "/";
  }
}
