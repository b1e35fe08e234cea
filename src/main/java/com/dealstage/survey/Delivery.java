package com.dealstage.survey;

import java.time.LocalDate;

/** Fact for rules/surveys.drl: a deal whose goods or services were delivered and whose acts are all signed. */
public record Delivery(String dealId, LocalDate deliveredOn) {
}
