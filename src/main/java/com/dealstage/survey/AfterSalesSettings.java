package com.dealstage.survey;

import com.dealstage.deployment.DiagramBuildingBlock;
import com.dealstage.calendar.BusinessCalendar;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The settings as the diagrams read them, e.g. {@code ${afterSalesSettings.surveyResultWait()}}. Public because
 * the engine's expression language only calls public methods of public classes.
 */
@DiagramBuildingBlock
@Component("afterSalesSettings")
public class AfterSalesSettings {

    private final AfterSalesProperties properties;
    private final BusinessCalendar calendar;

    AfterSalesSettings(AfterSalesProperties properties, BusinessCalendar calendar) {
        this.properties = properties;
        this.calendar = calendar;
    }

    /**
     * Measured from the fulfilment date rather than from entering the task: a deal that loops over several acts
     * keeps one deadline instead of restarting it with every act. Counted from the start of that day in the business
     * zone.
     */
    public Date actsSigningDeadline(Object fulfilmentDate) {
        return Date.from(calendar.startOf(calendar.localDate(fulfilmentDate)).plus(properties.actsSigningLimit()));
    }

    /** ISO-8601, the form a timer's duration takes. */
    public String surveyResultWait() {
        return properties.surveyResultWait().toString();
    }
}
