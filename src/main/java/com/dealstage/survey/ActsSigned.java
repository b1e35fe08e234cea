package com.dealstage.survey;

import java.time.LocalDate;

/** Published when the last signed act of a deal is recorded: the deal's obligations are proven met. */
public record ActsSigned(String dealId, String companyName, LocalDate deliveredOn, int acts) {
}
