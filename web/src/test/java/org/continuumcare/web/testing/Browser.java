package org.continuumcare.web.testing;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver (never a downloaded browser), with
 * what the screen tests need: sign-in at Keycloak, PrimeFaces select menus, waits, screenshots in
 * {@code target/screenshots}.
 */
public final class Browser implements AutoCloseable {

  private final WebDriver driver;
  private final WebDriverWait wait;
  private final URL app;
  private final Path profile;

  public Browser(URL app) throws IOException {
    this.app = localhost(app);
    this.profile = Files.createTempDirectory("chromium-profile");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1366,900",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
            .usingAnyFreePort()
            .build();
    this.driver = new ChromeDriver(service, options);
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  /** The app's pages are addressed as localhost: Keycloak's issuer and cookies are on it. */
  private static URL localhost(URL url) throws IOException {
    return new URL(url.getProtocol(), "localhost", url.getPort(), url.getFile());
  }

  /** Opens a page of the app by its path below the context root. */
  public Browser open(String path) {
    driver.get(app.toString().replaceAll("/+$", "") + "/" + path);
    return this;
  }

  /** Signs in on Keycloak's form (the browser must be on it). */
  public Browser signIn(String username) {
    waitFor(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys("demo");
    driver.findElement(By.id("kc-login")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
    return this;
  }

  public boolean onKeycloakLogin() {
    return !driver.findElements(By.id("kc-login")).isEmpty();
  }

  public WebElement waitFor(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  public void waitForText(By by, String text) {
    try {
      wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    } catch (RuntimeException e) {
      failed("text");
      throw e;
    }
  }

  /** Clicks the element; found again if an Ajax update replaced it between finding and clicking. */
  public void click(By by) {
    for (int attempt = 1; ; attempt++) {
      try {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
        return;
      } catch (StaleElementReferenceException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  public void type(By by, String text) {
    WebElement input = waitFor(by);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(text);
  }

  /**
   * Picks an option of a PrimeFaces select menu by the start of its label, as a user does: opens
   * the menu, waits until its panel has finished opening, clicks the option.
   */
  public void choose(String menuId, String labelStart) {
    By label = By.id(menuId + "_label");
    By item =
        By.cssSelector(
            "[id='" + menuId + "_items'] li[data-label^='" + labelStart.replace("'", "\\'") + "']");
    for (int attempt = 1; ; attempt++) {
      click(By.id(menuId));
      wait.until(
          ExpectedConditions.presenceOfElementLocated(
              By.cssSelector("[id='" + menuId + "_panel'].ui-connected-overlay-enter-done")));
      click(item);
      try {
        new WebDriverWait(driver, Duration.ofSeconds(5))
            .until(d -> d.findElement(label).getText().startsWith(labelStart));
        return;
      } catch (RuntimeException e) {
        if (attempt == 3) {
          failed(menuId);
          throw e;
        }
        driver.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
      }
    }
  }

  private void failed(String what) {
    try {
      screenshot("failed-" + what.replace(':', '-'));
    } catch (IOException ignored) {
      // the failure itself is what matters
    }
  }

  /** Types a date into a PrimeFaces date picker and closes its calendar pop-up. */
  public void typeDate(By by, String isoDate) {
    type(by, isoDate);
    driver.findElement(by).sendKeys(Keys.ESCAPE);
  }

  public String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  public WebDriver driver() {
    return driver;
  }

  /** Saves a screenshot as {@code target/screenshots/<name>.png}. */
  public void screenshot(String name) throws IOException {
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    File shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  public void close() {
    driver.quit();
  }
}
