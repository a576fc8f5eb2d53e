package org.continuumcare.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** An RFC 9457 problem detail: {@code type}, {@code title}, {@code status}, {@code detail}. */
public final class Problem {

  public static final String MEDIA_TYPE = "application/problem+json";

  private Problem() {}

  public static JsonObject of(int status, String title, String detail) {
    return builder(status, title, detail).build();
  }

  /** A validation problem with {@code errors: [{field, message}]}. */
  public static JsonObject withErrors(
      int status, String title, String detail, Map<String, String> errors) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    errors.forEach(
        (field, message) ->
            list.add(Json.createObjectBuilder().add("field", field).add("message", message)));
    return builder(status, title, detail).add("errors", list).build();
  }

  public static Response response(JsonObject problem) {
    return Response.status(problem.getInt("status"))
        .type(MEDIA_TYPE + ";charset=UTF-8")
        .entity(problem.toString())
        .build();
  }

  /** For code outside JAX-RS (the authentication mechanism). */
  public static void write(HttpServletResponse response, JsonObject problem) throws IOException {
    response.setStatus(problem.getInt("status"));
    response.setContentType(MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(problem.toString());
  }

  private static JsonObjectBuilder builder(int status, String title, String detail) {
    return Json.createObjectBuilder()
        .add("type", "about:blank")
        .add("title", title)
        .add("status", status)
        .add("detail", detail == null ? title : detail);
  }
}
