package org.continuumcare.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The EAR deploys and works on a full Payara Server 6 (from Maven Central): a private domain with
 * every listener on 127.0.0.1 and ports from 31000, the EAR deployed with asadmin, then the app
 * answers — the screens send an anonymous browser to Keycloak, the API answers 401 problem+json —
 * and the database was migrated. Configuration reaches the server through the same CONTINUUM_*
 * environment variables as Payara Micro.
 */
class EarDeploymentIT {

  private static final String DOMAIN = "continuum-ear";
  private static final int PORT_BASE = 31000;
  private static final int ADMIN_PORT = PORT_BASE + 48;
  private static final int HTTP_PORT = PORT_BASE + 80;

  private static Path home;
  private static Path log;

  @BeforeAll
  static void deploy() throws Exception {
    home = Path.of(System.getProperty("payara.home"));
    Path domains = home.resolve("glassfish/domains");
    log = domains.resolve(DOMAIN).resolve("logs/server.log");
    asadmin(60, "delete-domain", DOMAIN); // left over from an aborted run, if any
    run(
        120,
        "create-domain",
        "--nopassword",
        "--portbase",
        String.valueOf(PORT_BASE),
        "--checkports=true",
        DOMAIN);
    onLoopbackOnly(domains.resolve(DOMAIN).resolve("config/domain.xml"));
    run(180, "start-domain", DOMAIN);
    run(
        300,
        "--port",
        String.valueOf(ADMIN_PORT),
        "deploy",
        "--name",
        "continuum",
        System.getProperty("continuum.ear"));
  }

  @AfterAll
  static void undeploy() throws Exception {
    asadmin(120, "stop-domain", "--kill=true", DOMAIN);
    asadmin(60, "delete-domain", DOMAIN);
  }

  @Test
  void theApplicationIsDeployed() throws Exception {
    String apps = run(60, "--port", String.valueOf(ADMIN_PORT), "list-applications");
    assertTrue(apps.contains("continuum"), apps);
  }

  @Test
  void screensSendAnAnonymousBrowserToKeycloak() throws Exception {
    HttpResponse<String> r = get("/continuum/census/index.xhtml");
    assertEquals(302, r.statusCode(), r.body());
    String location = r.headers().firstValue("Location").orElse("");
    assertTrue(location.contains("/realms/continuum/protocol/openid-connect/auth"), location);
  }

  @Test
  void theApiAnswers401ProblemJsonWithoutAToken() throws Exception {
    HttpResponse<String> r = get("/continuum/api/v1/patients/x");
    assertEquals(401, r.statusCode(), r.body());
    assertTrue(
        r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
  }

  @Test
  void theDatabaseWasMigratedWithoutDeploymentErrors() throws Exception {
    String server = Files.readString(log, StandardCharsets.UTF_8);
    assertTrue(server.contains("Database schema at version"), "Flyway ran at deployment");
    assertFalse(server.contains("Exception while loading the app"), "no deployment failure");
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(10))
        .build()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + HTTP_PORT + path)).build(),
            HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Binds every listener of the new domain to 127.0.0.1 and turns the data grid off, before the
   * server first starts.
   */
  private static void onLoopbackOnly(Path domainXml) throws IOException {
    String xml = Files.readString(domainXml, StandardCharsets.UTF_8);
    xml =
        xml.replace("address=\"0.0.0.0\"", "address=\"127.0.0.1\"")
            .replace("<network-listener port=", "<network-listener address=\"127.0.0.1\" port=")
            .replace(
                "<hazelcast-config-specific-configuration>",
                "<hazelcast-config-specific-configuration enabled=\"false\">");
    Files.writeString(domainXml, xml, StandardCharsets.UTF_8);
  }

  /** Runs asadmin; fails the test when it fails. Returns its output. */
  private static String run(int seconds, String... args) throws Exception {
    Result r = asadmin(seconds, args);
    if (r.exit != 0) {
      String tail = Files.exists(log) ? tail(Files.readString(log)) : "";
      throw new AssertionError(
          "asadmin " + String.join(" ", args) + " failed:\n" + r.output + "\n" + tail);
    }
    return r.output;
  }

  private record Result(int exit, String output) {}

  private static Result asadmin(int seconds, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(home.resolve("bin/asadmin").toString());
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return new Result(-1, "timed out after " + seconds + " s");
    }
    return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes()));
  }

  private static String tail(String text) {
    return text.substring(Math.max(0, text.length() - 6000));
  }
}
