package com.dealstage.funnel;

import com.dealstage.calendar.BusinessCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * The Monday digest: when the configured cron has passed (in its zone, by the engine's clock), each head of sales
 * gets one "Funnel review, week NN" task for the week before, carrying its figures and a link to the dashboard.
 * Checked periodically rather than fired once, so a node that was down at the time catches up; the table
 * funnel_digest makes sure a week and head get one task, whichever node looks first.
 */
@Component
class FunnelDigest {

    private final FunnelProperties settings;
    private final BusinessCalendar calendar;
    private final Team teams;
    private final DigestTasks tasks;

    FunnelDigest(FunnelProperties settings, BusinessCalendar calendar, Team teams, DigestTasks tasks) {
        this.settings = settings;
        this.calendar = calendar;
        this.teams = teams;
        this.tasks = tasks;
    }

    /** Starts the reviews that are due and not yet started; returns the heads who got one now. */
    List<String> startDueReviews() {
        ZoneId zone = zone();
        ZonedDateTime now = ClockUtil.getCurrentTime().toInstant().atZone(zone);
        Optional<ZonedDateTime> due = lastFireTime(now);
        if (due.isEmpty()) {
            return List.of();
        }
        LocalDate weekStart = due.get().toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(1);
        Period week = new Period(weekStart, weekStart.plusDays(6));
        List<String> started = new ArrayList<>();
        for (String head : teams.members(settings.digest().heads()).keySet()) {
            if (tasks.startOnce(head, week)) {
                started.add(head);
            }
        }
        return started;
    }

    /** The latest time the cron fired up to now, within the last eight days (a weekly cron always has one). */
    Optional<ZonedDateTime> lastFireTime(ZonedDateTime now) {
        CronExpression cron = CronExpression.parse(settings.digest().cron());
        ZonedDateTime fired = null;
        for (ZonedDateTime next = cron.next(now.minusDays(8)); next != null && !next.isAfter(now);
                next = cron.next(next)) {
            fired = next;
        }
        return Optional.ofNullable(fired);
    }

    private ZoneId zone() {
        String zone = settings.digest().zone();
        return zone == null || zone.isBlank() ? calendar.zone() : ZoneId.of(zone);
    }
}
