package com.dealstage.funnel;

import com.dealstage.funnel.FunnelAnswer.ManagerFunnel;
import com.dealstage.funnel.FunnelAnswer.StepFigure;
import java.sql.Timestamp;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** One review task for a head and a week: the funnel_digest row and the process start commit together or not. */
@Component
class DigestTasks {

    static final String PROCESS_KEY = "funnel-review";
    /** The engine refuses longer text values (the stage gate's limit); the dashboard has the rest. */
    private static final int SUMMARY_LIMIT = 3_900;
    private final JdbcClient jdbc;
    private final RuntimeService runtime;
    private final TransactionTemplate transaction;

    DigestTasks(JdbcClient jdbc, RuntimeService runtime, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.transaction = transaction;
    }

    /** False when the head already has this week's review (started here before, or by another node just now). */
    boolean startOnce(String head, Period week) {
        if (jdbc.sql("SELECT COUNT(*) FROM funnel_digest WHERE week_start = ? AND head = ?")
                .params(week.from(), head).query(Long.class).single() > 0) {
            return false;
        }
        try {
            return Boolean.TRUE.equals(transaction.execute(status -> {
                String instance = runtime.startProcessInstanceByKey(PROCESS_KEY, businessKey(week, head)).getId();
                jdbc.sql("INSERT INTO funnel_digest (week_start, head, process_instance_id, created_at) "
                        + "VALUES (?, ?, ?, ?)").params(week.from(), head, instance,
                                Timestamp.from(ClockUtil.getCurrentTime().toInstant())).update();
                return true;
            }));
        } catch (DuplicateKeyException anotherNodeWasFirst) {
            return false;
        }
    }

    /** What the review's first step (FunnelReviewFigures) reads the head and the week from. */
    static String businessKey(Period week, String head) {
        return PROCESS_KEY + ":" + week.from() + ":" + head;
    }

    /** Last week's figures in a few lines per manager, as the task shows them. */
    static String summary(FunnelAnswer figures) {
        StringBuilder text = new StringBuilder();
        for (ManagerFunnel manager : figures.managers()) {
            text.append("- **").append(manager.name()).append("**: ");
            for (StepFigure step : manager.steps()) {
                text.append(step.step()).append(' ').append(step.deals());
                if (step.coefficient() != null) {
                    text.append(" (").append(step.coefficient()).append(" %, target ").append(step.target())
                            .append(" %)");
                }
                text.append("; ");
            }
            if (manager.weakestStep() != null) {
                text.append("weakest: ").append(manager.weakestStep());
                if (manager.learnFrom() != null) {
                    text.append(", learns it from ").append(manager.learnFrom());
                }
            }
            text.append('\n');
        }
        return text.length() <= SUMMARY_LIMIT ? text.toString()
                : text.substring(0, SUMMARY_LIMIT) + "\n… (the rest is on the dashboard)";
    }
}
