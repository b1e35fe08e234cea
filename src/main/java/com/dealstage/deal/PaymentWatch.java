package com.dealstage.deal;

import com.dealstage.calendar.BusinessCalendar;
import com.dealstage.deployment.DiagramBuildingBlock;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * When an open payment becomes overdue, as the diagram's timer reads it:
 * {@code ${paymentWatch.overdueAt(paymentDueDate)}}. Public because the engine's expression language only calls
 * public methods of public classes.
 */
@DiagramBuildingBlock
@Component("paymentWatch")
public class PaymentWatch {

    private final BusinessCalendar calendar;

    public PaymentWatch(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    /** The due date is the last day to pay: overdue from the start of the next day in the business zone. */
    public Date overdueAt(Object paymentDueDate) {
        return Date.from(calendar.startOf(calendar.localDate(paymentDueDate).plusDays(1)));
    }
}
