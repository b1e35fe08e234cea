package com.dealstage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A process owner (paul) in Cockpit: logs in and opens the deployed deal-pipeline diagram with its version, as
 * docs/process-owners.md shows (target/browser/cockpit-deal-pipeline.png is the picture the guide uses).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CockpitBrowserTest {

    @LocalServerPort
    private int port;
    @Autowired
    private RepositoryService repository;

    private Chromium chromium;

    @BeforeEach
    void openBrowser() {
        Chromium.requireInstalled();
        chromium = Chromium.start();
    }

    @AfterEach
    void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void processOwnerSeesTheDeployedDiagramAndItsVersion() {
        String base = "http://localhost:" + port + "/camunda/app/cockpit/default/";
        WebDriverWait wait = new WebDriverWait(chromium.driver(), Duration.ofSeconds(30));
        chromium.driver().get(base);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")))
                .sendKeys("paul");
        chromium.driver().findElement(By.cssSelector("input[ng-model='password']")).sendKeys("paul");
        chromium.driver().findElement(By.xpath("//button[@type='submit'][normalize-space()='Log in']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[normalize-space()='Processes']")));

        String definition = repository.createProcessDefinitionQuery().processDefinitionKey("deal-pipeline")
                .latestVersion().singleResult().getId();
        chromium.driver().get(base + "#/process-definition/" + definition + "/runtime");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".djs-container svg")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[contains(@class,'djs-element') and @data-element-id='coldCall']")));
        String page = chromium.driver().findElement(By.tagName("body")).getText();
        new TasklistPage(chromium.driver(), base).saveEvidence("cockpit-deal-pipeline");
        assertThat(page).contains("Deal pipeline").contains("Version");
    }
}
