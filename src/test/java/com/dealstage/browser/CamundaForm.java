package com.dealstage.browser;

import java.time.Duration;
import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.pagefactory.ByChained;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A Camunda Form as form-js (1.8.x) renders it in Tasklist. Fields are found by their visible
 * label, as a person finds them: form-js ids carry a random per-render prefix
 * ("fjs-form-047dx9l-Field_companyName"), so the label's {@code for} attribute is the stable link.
 */
final class CamundaForm {

    // an upper bound, not a pace (a loaded 2-core machine is slow to render a form)
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final WebDriver driver;
    private final By root;

    /** {@code root} scopes the fields, so the start dialog and the task view never mix up theirs. */
    CamundaForm(WebDriver driver, By root) {
        this.driver = driver;
        this.root = root;
    }

    CamundaForm waitUntilShown(String someLabel) {
        new WebDriverWait(driver, TIMEOUT).until(ExpectedConditions.visibilityOfElementLocated(
                new ByChained(root, labelled(someLabel))));
        return this;
    }

    CamundaForm type(String label, String text) {
        WebElement input = input(label);
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /** form-js dates take the US pattern its date picker shows (mm/dd/yyyy); Tab closes the picker. */
    CamundaForm date(String label, LocalDate date) {
        return type(label, String.format("%02d/%02d/%04d", date.getMonthValue(), date.getDayOfMonth(), date.getYear())
                + Keys.TAB);
    }

    CamundaForm choose(String optionLabel) {
        form().findElement(labelled(optionLabel)).click();
        return this;
    }

    /** form-js selects are a custom drop-down: a display box that opens a list of items. */
    CamundaForm select(String label, String optionLabel) {
        String id = form().findElement(labelled(label)).getDomAttribute("for");
        form().findElement(By.id(id + "-display")).click();
        new WebDriverWait(driver, TIMEOUT).until(ExpectedConditions.elementToBeClickable(new ByChained(root,
                By.xpath(".//div[contains(@class,'fjs-dropdownlist-item')][normalize-space()='" + optionLabel + "']"))))
                .click();
        return this;
    }

    private WebElement input(String label) {
        String id = form().findElement(labelled(label)).getDomAttribute("for");
        return form().findElement(By.id(id));
    }

    private SearchContext form() {
        return driver.findElement(root);
    }

    /** A field's label starts with its text (a required field adds an asterisk in a span). */
    private static By labelled(String text) {
        // XPath 1 has no escapes: a label with an apostrophe ("Client's comment") is quoted with double quotes
        String literal = text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
        return By.xpath(".//label[contains(@class,'fjs-form-field-label')][normalize-space(text()[1])=" + literal + "]");
    }
}
