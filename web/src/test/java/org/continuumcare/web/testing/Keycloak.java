package org.continuumcare.web.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real access tokens from the demo realm (password grant of the {@code continuum-cli} client). */
public final class Keycloak {

  private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

  /** A token and until when to use it (a little before it expires: a test class may run long). */
  private record Token(String value, java.time.Instant until) {}

  private Keycloak() {}

  public static String provider() {
    return env("CONTINUUM_OIDC_PROVIDER", "http://localhost:8180/realms/continuum");
  }

  /** An access token of a demo user (password {@code demo}), cached while it is valid. */
  public static String token(String username) {
    return TOKENS
        .compute(
            username,
            (user, cached) ->
                cached != null && java.time.Instant.now().isBefore(cached.until())
                    ? cached
                    : fetch(user))
        .value();
  }

  private static Token fetch(String username) {
    String form =
        "grant_type=password&client_id="
            + enc(env("CONTINUUM_CLI_CLIENT_ID", "continuum-cli"))
            + "&client_secret="
            + enc(env("CONTINUUM_CLI_CLIENT_SECRET", "continuum-cli-secret"))
            + "&username="
            + enc(username)
            + "&password=demo";
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(provider() + "/protocol/openid-connect/token"))
                      .header("Content-Type", "application/x-www-form-urlencoded")
                      .POST(HttpRequest.BodyPublishers.ofString(form))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "no token for " + username + ": " + response.statusCode() + " " + response.body());
      }
      JsonObject json = Json.createReader(new StringReader(response.body())).readObject();
      long lifespan =
          json.containsKey("expires_in") ? json.getJsonNumber("expires_in").longValue() : 60;
      return new Token(
          json.getString("access_token"),
          java.time.Instant.now().plusSeconds(Math.max(lifespan - 30, 10)));
    } catch (java.io.IOException | InterruptedException e) {
      throw new IllegalStateException("Keycloak is not reachable at " + provider(), e);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
