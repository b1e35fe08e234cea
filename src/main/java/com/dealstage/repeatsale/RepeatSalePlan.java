package com.dealstage.repeatsale;

import java.time.LocalDate;

/** Decision of rules/repeat-sales.drl: the day the manager calls the client about the next sale. */
public record RepeatSalePlan(LocalDate contactOn) {
}
