package com.dealstage.deal;

import com.dealstage.calendar.BusinessCalendar;
import com.dealstage.deployment.DiagramBuildingBlock;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * When an open payment becomes overdue, as the diagram's timer reads it: {@code ${paymentWatch.overdueAt()}}.
 * Public because the engine's expression language only calls public methods of public classes.
 */
@DiagramBuildingBlock
@Component("paymentWatch")
public class PaymentWatch {

    static final String PAYMENT_DUE_DATE = "paymentDueDate";
    /** A deal without a due date (an administrator moved it to the payment) is never overdue. */
    private static final LocalDate NEVER = LocalDate.of(9999, 12, 31);
    private final BusinessCalendar calendar;

    public PaymentWatch(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * The due date is the last day to pay: overdue from the start of the next day in the business zone. Reads the
     * deal being moved rather than taking the date as an argument: the timer is armed before the payment stage's
     * entry rules run, and a missing date must leave the refusal to them instead of failing first (diagrams may
     * not name the engine's execution object, see deployment/).
     */
    public Date overdueAt() {
        Object due = Context.getBpmnExecutionContext().getExecution().getVariable(PAYMENT_DUE_DATE);
        LocalDate lastDay = due == null ? NEVER.minusDays(1) : calendar.localDate(due);
        return Date.from(calendar.startOf(lastDay.plusDays(1)));
    }
}
