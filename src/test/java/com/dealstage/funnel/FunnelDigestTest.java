package com.dealstage.funnel;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealstage.testsupport.EngineClock;
import com.dealstage.testsupport.MovesEngineClock;
import com.dealstage.testsupport.StageInputs;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The Monday digest with a moving clock: nothing before Monday morning; on Monday morning each head of sales gets
 * one review task for the week before, carrying its figures and the dashboard link; later checks (another node, a
 * restart) add none.
 */
@MovesEngineClock
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles("test")
class FunnelDigestTest {

    private static final java.util.concurrent.atomic.AtomicInteger RUNS = new java.util.concurrent.atomic.AtomicInteger();

    @Autowired
    private FunnelDigest digest;
    @Autowired
    private TaskService tasks;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private IdentityService identity;

    @Test
    void mondayMorningGivesEachHeadOneReviewOfTheWeekBeforeAndOnlyOne() {
        // weeks no earlier run in this JVM (and database) has used: the digest remembers every week it did
        LocalDate monday = EngineClock.today().with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                .plusWeeks(1 + 3L * RUNS.getAndIncrement());
        LocalDate weekBefore = monday.minusWeeks(1);
        EngineClock.set(weekBefore.plusDays(2).atTime(11, 0));
        leadMetBy("anna");

        EngineClock.set(monday.minusDays(1).atTime(20, 0));
        digest.startDueReviews();
        assertThat(reviewsOf(weekBefore)).as("Sunday evening: the review of the week before that, not of this week")
                .isEmpty();

        EngineClock.set(monday.atTime(8, 30));
        List<String> started = digest.startDueReviews();
        List<String> heads = identity.createUserQuery().memberOfGroup("sales-heads").list().stream()
                .map(user -> user.getId()).toList();
        assertThat(started).containsExactlyInAnyOrderElementsOf(heads).contains("helen");

        EngineClock.set(monday.atTime(9, 30));
        assertThat(digest.startDueReviews()).isEmpty();
        EngineClock.set(monday.plusDays(3).atTime(9, 30));
        assertThat(digest.startDueReviews()).isEmpty();

        List<Task> reviews = reviewsOf(weekBefore);
        assertThat(reviews).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(heads);
        Task helens = reviews.stream().filter(task -> task.getAssignee().equals("helen")).findFirst().orElseThrow();
        assertThat(helens.getName()).isEqualTo("Funnel review, week " + weekBefore.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        Map<String, Object> carried = tasks.getVariables(helens.getId());
        assertThat(carried).containsEntry("weekFrom", weekBefore.toString())
                .containsEntry("weekTo", weekBefore.plusDays(6).toString())
                .containsEntry("dashboardLink", "/dashboard?from=" + weekBefore + "&to=" + weekBefore.plusDays(6));
        assertThat((String) carried.get("summary")).contains("Anna", "acquainted 1 (100.0 %, target 100 %)");
    }

    @Test
    void theLastCronTimeIsFoundInItsZone() {
        LocalDate monday = LocalDate.of(2026, 11, 30);
        var zone = java.time.ZoneId.of("Europe/Moscow");
        assertThat(digest.lastFireTime(monday.atTime(7, 59).atZone(zone))).map(t -> t.toLocalDate())
                .contains(monday.minusWeeks(1));
        assertThat(digest.lastFireTime(monday.atTime(8, 0).atZone(zone))).map(t -> t.toLocalDateTime())
                .contains(monday.atTime(8, 0));
    }

    private void leadMetBy(String manager) {
        Map<String, Object> lead = new HashMap<>(StageInputs.newClientLead());
        lead.put("manager", manager);
        String deal = runtime.startProcessInstanceByKey("deal-pipeline", lead).getId();
        tasks.complete(tasks.createTaskQuery().processInstanceId(deal).singleResult().getId(),
                StageInputs.forward("coldCall"));
    }

    private List<Task> reviewsOf(LocalDate weekStart) {
        return tasks.createTaskQuery().processDefinitionKey(DigestTasks.PROCESS_KEY)
                .processVariableValueEquals("weekFrom", weekStart.toString()).list();
    }
}
