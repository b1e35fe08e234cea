package com.dealstage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealstage.testsupport.EngineClock;
import com.dealstage.testsupport.StageInputs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The heads of sales' dashboard in a real browser, behind Tasklist's login: a head sees the funnel drawn (pixels on
 * the canvases, not just the page), a sales manager is turned away; Tasklist itself carries the product's name,
 * the dashboard link for heads only, and no Community Edition end-of-life banner.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DashboardBrowserTest {

    @LocalServerPort
    private int port;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private TaskService tasks;

    private Chromium chromium;
    private TasklistPage tasklist;

    @RegisterExtension
    final AfterTestExecutionCallback evidenceOnFailure = context -> context.getExecutionException()
            .filter(error -> tasklist != null)
            .ifPresent(error -> tasklist.saveEvidence("failure-" + context.getRequiredTestMethod().getName()));

    @BeforeEach
    void openBrowser() {
        Chromium.requireInstalled();
        chromium = Chromium.start();
        tasklist = new TasklistPage(chromium.driver(), base());
    }

    @AfterEach
    void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aHeadOfSalesSeesTheFunnelDrawnFromTasklistsLogin() throws Exception {
        metAndRejected("anna");
        metAndRejected("boris");
        ChromeDriver browser = chromium.driver();

        tasklist.logIn("helen", "helen");
        wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("dealstage-dashboard-link")));
        assertThat(browser.getTitle()).contains("Dealstage");
        assertThat(browser.findElements(By.cssSelector(".ce-eol-banner")))
                .as("Tasklist renders the end-of-life banner, and the user stylesheet hides it").isNotEmpty()
                .allMatch(banner -> !banner.isDisplayed());

        LocalDate today = EngineClock.today();
        browser.get(base() + "/dashboard?from=" + today + "&to=" + today);
        wait(browser).until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-loaded")));

        assertThat(browser.findElements(By.cssSelector("#managers .manager")).stream()
                .map(card -> card.getDomAttribute("data-manager")).toList()).contains("anna", "boris");
        Number annaBookedCalls = (Number) browser.executeScript("""
                const card = document.querySelector('#managers .manager[data-manager="anna"] canvas');
                return Chart.getChart(card).data.datasets[0].data[0];""");
        assertThat(annaBookedCalls.doubleValue()).as("anna's cold calls that booked a meeting, percent")
                .isGreaterThan(0).isLessThan(100);
        Long paintedPixels = (Long) browser.executeScript("""
                const canvas = document.querySelector('#managers .manager[data-manager="anna"] canvas');
                const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                let painted = 0;
                for (let i = 3; i < pixels.length; i += 4) { if (pixels[i] > 0) painted++; }
                return painted;""");
        assertThat(paintedPixels).as("the bars are drawn").isGreaterThan(500);
        assertThat(browser.findElement(By.id("pairing")).getText()).contains("Weakest step");
        Path screenshot = tasklist.saveEvidence("dashboard");
        assertThat(Files.size(screenshot)).isPositive();
    }

    @Test
    void aSalesManagerNeitherSeesTheLinkNorOpensTheDashboard() {
        ChromeDriver browser = chromium.driver();
        browser.get(base() + "/dashboard");
        wait(browser).until(ExpectedConditions.urlContains("/camunda/app/tasklist"));

        tasklist.logInHere("anna", "anna");
        assertThat(browser.getTitle()).contains("Dealstage");
        browser.get(base() + "/dashboard");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("for heads of sales");
        assertThat(browser.findElements(By.cssSelector("#managers"))).isEmpty();

        browser.get(base() + "/camunda/app/tasklist/default/");
        wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".account")));
        assertThat(browser.findElements(By.id("dealstage-dashboard-link"))).isEmpty();
        tasklist.saveEvidence("tasklist-for-a-manager");
    }

    /** Two leads of the manager's today: one meets the client, one is rejected at the cold call. */
    private void metAndRejected(String manager) {
        String met = start(manager);
        complete(met, "coldCall", StageInputs.forward("coldCall"));
        String rejected = start(manager);
        complete(rejected, "coldCall", StageInputs.rejectionAt("coldCall", "HAS_SUPPLIER"));
    }

    private String start(String manager) {
        Map<String, Object> lead = new HashMap<>(StageInputs.newClientLead());
        lead.put("manager", manager);
        return runtime.startProcessInstanceByKey("deal-pipeline", lead).getId();
    }

    private void complete(String deal, String stage, Map<String, Object> values) {
        tasks.complete(tasks.createTaskQuery().processInstanceId(deal).taskDefinitionKey(stage).singleResult().getId(),
                values);
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static WebDriverWait wait(ChromeDriver browser) {
        // an upper bound: a loaded 2-core machine has taken over 20 s to serve the webapps' login page
        return new WebDriverWait(browser, Duration.ofSeconds(60));
    }
}
