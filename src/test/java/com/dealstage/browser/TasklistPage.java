package com.dealstage.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Camunda 7.24 Tasklist as a sales manager uses it. Elements are found by the English text a
 * person reads (the browser is started in English) or by Tasklist's own structural classes.
 */
final class TasklistPage {

    static final Path EVIDENCE = Path.of("target", "browser");
    // an upper bound, not a pace: a loaded 2-core machine has taken over 20 s to serve the webapps' pages
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private static final By START_DIALOG = By.cssSelector(".modal-content");
    private static final By TASK_VIEW = By.cssSelector("[cam-tasklist-form]");
    private static final By ERROR_NOTIFICATION = By.cssSelector(".notifications .alert-danger");

    private final ChromeDriver driver;
    private final String baseUrl;
    private final WebDriverWait wait;

    TasklistPage(ChromeDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.wait = new WebDriverWait(driver, TIMEOUT);
    }

    void logIn(String user, String password) {
        driver.get(baseUrl + "/camunda/app/tasklist/default/");
        logInHere(user, password);
    }

    /**
     * Logs in on the login form the browser was sent to, as a person does after a redirect. Navigating again while
     * Tasklist was still starting from the redirect once left it on its splash screen for good (CI, quiet machine).
     */
    void logInHere(String user, String password) {
        By name = By.cssSelector("input[ng-model='username']");
        By secret = By.cssSelector("input[ng-model='password']");
        By logIn = By.xpath("//button[@type='submit'][normalize-space()='Log in']");
        wait.until(ExpectedConditions.elementToBeClickable(logIn));
        // a form still being rendered once took the password into the user field ("helenhelen", CI): type again
        // until both fields hold what was typed
        wait.ignoring(StaleElementReferenceException.class).until(page -> {
            WebElement userField = page.findElement(name);
            WebElement passwordField = page.findElement(secret);
            userField.clear();
            userField.sendKeys(user);
            passwordField.clear();
            passwordField.sendKeys(password);
            return user.equals(userField.getDomProperty("value"))
                    && password.equals(passwordField.getDomProperty("value"));
        });
        driver.findElement(logIn).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(navbarAction("Start process")));
    }

    /** Opens "Start process", picks the process by its name and returns its start form. */
    CamundaForm openStartForm(String processName) {
        wait.until(ExpectedConditions.elementToBeClickable(navbarAction("Start process"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//ul[contains(@class,'processes')]//a[normalize-space()='" + processName + "']"))).click();
        return new CamundaForm(driver, START_DIALOG);
    }

    void submitStartForm() {
        dialogButton("Start").click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(START_DIALOG));
        waitForNotification("The process has been started.");
        dismissNotifications();
    }

    void openFilter(String name) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//div[contains(@class,'task-filter')]//h4[contains(@class,'name')]/a[starts-with(normalize-space(),'"
                        + name + "')]"))).click();
        wait.until(ExpectedConditions.attributeContains(By.xpath(
                "//div[contains(@class,'task-filter')][.//h4/a[starts-with(normalize-space(),'" + name + "')]]"),
                "class", "active"));
    }

    /**
     * Opens a task from the list. The link is matched by task id, since a shared test context may
     * hold several "Cold call" tasks for the same manager; the name is checked as well.
     */
    CamundaForm openTask(String taskId, String taskName) {
        wait.until(ExpectedConditions.elementToBeClickable(taskLink(taskId, taskName))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//*[contains(@class,'task-details')]//h2[contains(@class,'task')][normalize-space()='" + taskName + "']")));
        return new CamundaForm(driver, TASK_VIEW);
    }

    void waitUntilTaskIsListed(String taskId, String taskName) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(taskLink(taskId, taskName)));
    }

    void waitUntilTaskLeavesTheList(String taskId, String taskName) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(taskLink(taskId, taskName)));
    }

    /** A task offered to a group (the NPS call) is read-only in Tasklist until one of the group claims it. */
    void claim() {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button.unclaim")));
    }

    /** A long form (the NPS script) puts the button under Tasklist's footer: scrolled to the middle first. */
    void clickComplete() {
        WebElement complete = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//div[contains(@class,'form-actions')]/button[normalize-space()='Complete']")));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", complete);
        wait.until(ExpectedConditions.elementToBeClickable(complete)).click();
    }

    /** The red notification Tasklist shows when a REST call fails: its title and message, as a person reads them. */
    String waitForErrorNotification() {
        WebElement alert = wait.until(ExpectedConditions.visibilityOfElementLocated(ERROR_NOTIFICATION));
        return alert.findElement(By.cssSelector(".status")).getText() + "\n"
                + alert.findElement(By.cssSelector(".message")).getText();
    }

    /** Notifications sit over the form and its buttons; a person closes them before going on. */
    void dismissNotifications() {
        By close = By.cssSelector(".notifications .alert button.close");
        wait.until(d -> {
            d.findElements(close).stream().filter(WebElement::isDisplayed).findFirst().ifPresent(WebElement::click);
            return d.findElements(close).stream().noneMatch(WebElement::isDisplayed);
        });
    }

    void waitForNotification(String text) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//div[contains(@class,'notifications')]//*[contains(@class,'status')][contains(normalize-space(),'"
                        + text + "')]")));
    }

    /** A screenshot and the page source under target/browser, for people and for debugging selectors. */
    Path saveEvidence(String name) {
        try {
            Files.createDirectories(EVIDENCE);
            Path png = EVIDENCE.resolve(name + ".png");
            Files.write(png, driver.getScreenshotAs(OutputType.BYTES));
            Files.writeString(EVIDENCE.resolve(name + ".html"), driver.getPageSource());
            return png;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private By taskLink(String taskId, String taskName) {
        return By.xpath("//ol[contains(@class,'tasks-list')]//h4[contains(@class,'task')]/a[contains(@href,'task="
                + taskId + "')][normalize-space()='" + taskName + "']");
    }

    private WebElement dialogButton(String text) {
        return wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//div[contains(@class,'modal-footer')]//button[normalize-space()='" + text + "']")));
    }

    private static By navbarAction(String text) {
        return By.xpath("//li[contains(@class,'action')]//a[normalize-space()='" + text + "']");
    }
}
