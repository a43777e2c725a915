package org.sdghub.gateway.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sdghub.gateway.support.GatewayServersResource;
import org.sdghub.gateway.support.Region;

/**
 * The 3W page in a real headless browser (Debian's chromium and chromium-driver): it loads with a
 * key, shows the region's countries and areas, filters by SDG goal, and a project created through
 * the API appears on it without a reload. Skipped only outside CI when chromium is missing.
 */
@QuarkusTest
class ThreeWPageTest {

  private static final Duration WITHIN = Duration.ofSeconds(30);

  private WebDriver browser;
  private Path profile;

  @BeforeEach
  void startBrowser() throws IOException {
    Optional<Path> chromium = executable("chromium");
    Optional<Path> driver = executable("chromedriver");
    if (chromium.isEmpty() || driver.isEmpty()) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException(
            "CI needs chromium and chromium-driver for the 3W page test (see .ci/run)");
      }
      Assumptions.abort("chromium or chromedriver is not installed here");
    }
    profile = Files.createTempDirectory("sdghub-3w-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.get().toString());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1400,1000",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(driver.get().toFile()).build();
    browser = new ChromeDriver(service, options);
  }

  @AfterEach
  void stopBrowser() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Test
  void thePageShowsTheRegionFiltersByGoalAndShowsANewProjectWithoutAReload() {
    browser.get("http://localhost:" + RestAssured.port + "/3w/index.html");
    waitUntil(
        "the page asks for a key",
        () -> !browser.findElement(By.id("key-state")).getText().isBlank());
    browser.findElement(By.id("api-key")).sendKeys(GatewayServersResource.BOOTSTRAP_KEY);
    browser.findElement(By.id("use-key")).click();
    waitUntil(
        "the six countries were drawn",
        () -> browser.findElements(By.cssSelector("path.country")).size() == 6);
    waitUntil(
        "the page went live",
        () -> browser.findElement(By.id("key-state")).getText().equals("live"));

    new Select(browser.findElement(By.id("sdg-goal"))).selectByValue("17");
    ((JavascriptExecutor) browser).executeScript("window.sdghubNoReload = 'still here';");
    Map<String, Object> project = Region.project(Region.organisation());
    project.put("sdgTargets", List.of("17.9"));
    project.put("recipientCountries", List.of(Region.map("country", "KG", "percentage", 100)));
    project.put(
        "locations",
        List.of(
            Region.map("country", "KG", "adminArea", "KG-Y", "name", "Karakol", "point", null)));
    Region.create(project);

    waitUntil(
        "the new project's area appeared on the map",
        () -> !browser.findElements(By.cssSelector("path.area-marker.area-KG-Y")).isEmpty());
    assertEquals(
        "still here",
        ((JavascriptExecutor) browser).executeScript("return window.sdghubNoReload;"));
    browser.findElement(By.cssSelector("path.area-marker.area-KG-Y")).click();
    waitUntil(
        "the area's 3W table lists the project",
        () ->
            browser.findElements(By.cssSelector("#www-table tr.www-row")).stream()
                .anyMatch(
                    row ->
                        row.getText()
                            .contains(((Map<?, ?>) project.get("title")).get("en").toString())));

    browser.findElement(By.id("lang-ru")).click();
    assertEquals("Кто, что и где делает", browser.findElement(By.id("title")).getText());
    Object stored =
        ((JavascriptExecutor) browser)
            .executeScript("return sessionStorage.getItem('sdghub.apiKey');");
    assertEquals(GatewayServersResource.BOOTSTRAP_KEY, stored);
    Object persistent = ((JavascriptExecutor) browser).executeScript("return localStorage.length;");
    assertEquals(0L, persistent);
  }

  @Test
  void theMapLibraryAndTheBoundariesAreServedByTheGatewayItself() {
    for (String path :
        List.of(
            "/webjars/leaflet/1.9.4/dist/leaflet.js",
            "/3w/app.js",
            "/3w/data/country-boundaries.geojson",
            "/3w/data/admin-areas.json")) {
      RestAssured.given().when().get(path).then().statusCode(200);
    }
    String page =
        RestAssured.given()
            .when()
            .get("/3w/index.html")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertFalse(page.contains("https://"), "the page must fetch nothing from elsewhere");
    assertTrue(page.contains("/webjars/leaflet/"));
  }

  private void waitUntil(String what, java.util.function.BooleanSupplier condition) {
    new WebDriverWait(browser, WITHIN).withMessage(what).until(d -> condition.getAsBoolean());
  }

  private static Optional<Path> executable(String name) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
