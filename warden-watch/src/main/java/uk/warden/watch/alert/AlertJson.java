package uk.warden.watch.alert;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** An alert as the webhook sends it: a flat JSON object of its fields, the time in ISO-8601 UTC. */
public final class AlertJson {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private AlertJson() {}

  public static byte[] bytes(Alert alert) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("id", alert.id());
    fields.put("kind", alert.kind());
    fields.put("system", alert.system());
    fields.put("severity", alert.severity());
    fields.put("title", alert.title());
    fields.put("summary", alert.summary());
    fields.put("raisedAt", alert.raisedAt().toString());
    fields.put("link", alert.link());
    return JSON.writeValueAsBytes(fields);
  }
}
