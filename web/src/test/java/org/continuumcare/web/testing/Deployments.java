package org.continuumcare.web.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archives tests deploy: always the WAR the build produced, never a hand-picked subset. */
public final class Deployments {

  private Deployments() {}

  /** The built {@code continuum.war}, deployed as is (black-box tests over HTTP). */
  public static WebArchive builtWar() {
    File war = new File(System.getProperty("continuum.war", "target/continuum.war"));
    if (!war.isFile()) {
      throw new IllegalStateException("build the WAR first (mvn package): " + war);
    }
    return ShrinkWrap.createFromZipFile(WebArchive.class, war);
  }

  /**
   * The built WAR for in-container tests: Arquillian's test runner servlet is opened to it (every
   * other path keeps the WAR's own security constraints).
   */
  public static WebArchive inContainer() {
    WebArchive archive = builtWar();
    String webXml;
    try (InputStream in = archive.get("WEB-INF/web.xml").getAsset().openStream()) {
      webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String runner =
        "<security-constraint><web-resource-collection><web-resource-name>arquillian"
            + "</web-resource-name><url-pattern>/ArquillianServletRunnerEE9</url-pattern>"
            + "<url-pattern>/ArquillianServletRunner</url-pattern></web-resource-collection>"
            + "</security-constraint></web-app>";
    archive.delete("WEB-INF/web.xml");
    return archive.setWebXML(new StringAsset(webXml.replace("</web-app>", runner)));
  }

  /**
   * {@link #inContainer()} with the test class's package — the test and its run-as callers — and
   * the descriptors that give those callers their roles.
   */
  public static WebArchive inContainerWithCallers(Class<?> testClass) {
    return inContainer()
        .addPackage(testClass.getPackage())
        .addAsWebInfResource("in-container/glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml")
        .addAsWebInfResource("in-container/glassfish-web.xml", "glassfish-web.xml");
  }
}
