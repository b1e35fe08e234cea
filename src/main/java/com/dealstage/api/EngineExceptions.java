package com.dealstage.api;

import java.sql.SQLException;
import java.text.MessageFormat;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.WrongDbException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.core.variable.VariableUtil;
import org.camunda.bpm.engine.impl.errorcode.BuiltinExceptionCode;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.impl.juel.jakarta.el.PropertyNotFoundException;

/**
 * The engine's own exception types and codes as answers: not found 404, changed or claimed by someone
 * else 409, a value the database cannot hold 422, a bad request or a command the engine refuses 400.
 * Null means "unexpected": the caller gets a generic 500 and the details go to the log.
 */
final class EngineExceptions {

    static final String CONFLICT = "Someone else changed this at the same time; reload and try again.";
    static final String TOO_LONG = "A value is longer than can be stored: a text holds at most 4,000 characters, "
            + "a name, id or business key at most 255.";
    /** Camunda's own sentence for a prohibited serialized Java object, with the variable name as a group */
    private static final Pattern JAVA_SERIALIZATION = Pattern.compile(
            MessageFormat.format(Pattern.quote(VariableUtil.ERROR_MSG), "\\E(.+?)\\Q"));
    private static final Pattern QUOTED = Pattern.compile("'([A-Za-z_][A-Za-z0-9_]*)'");
    /**
     * lock timeout (H2, PostgreSQL), serialization failure, deadlock, and a unique key taken meanwhile (the same
     * stage visit journaled, the same client recorded by two requests at once): a concurrent change, worth a retry
     */
    private static final Set<String> CONCURRENCY_STATES = Set.of("HYT00", "55P03", "40001", "40P01", "23505");

    private EngineExceptions() {
    }

    /** The first engine exception in the cause chain that says what went wrong decides; then the REST layer's status. */
    static ErrorAnswer classify(Throwable error) {
        if (concurrencyFailure(error)) {
            // also when the database said it beneath a listener's own exception (e.g. the stage journal's insert)
            return ErrorAnswer.conflict(CONFLICT);
        }
        RestException rest = null;
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ProcessEngineException engine) {
                ErrorAnswer answer = fromEngine(engine);
                if (answer != null) {
                    return answer;
                }
            } else if (t instanceof PropertyNotFoundException missing) {
                return missingValue(missing);
            } else if (t instanceof RestException r && rest == null) {
                rest = r;
            }
        }
        if (rest != null && rest.getStatus() != null && rest.getStatus().getStatusCode() < 500) {
            return fromRest(rest.getStatus().getStatusCode(), rest.getMessage());
        }
        return refusal(error);
    }

    /**
     * Any other engine exception is the engine refusing the command for what it was asked to do (an object
     * used in a query, a flow that cannot continue with the data given): a 400 with the engine's sentence.
     * Not so when it only wraps a fault beneath it (a NullPointerException in a delegate, a database error):
     * that is a server error.
     */
    private static ErrorAnswer refusal(Throwable error) {
        ProcessEngineException engine = find(error, ProcessEngineException.class);
        if (engine == null || engine instanceof ProcessEnginePersistenceException || engine instanceof WrongDbException) {
            return null;
        }
        for (Throwable t = engine.getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (!(t instanceof ProcessEngineException)) {
                return null;
            }
        }
        String sentence = Sentences.clean(engine.getMessage());
        return sentence == null ? null : ErrorAnswer.badRequest(sentence);
    }

    /**
     * An expression of the diagram needs a value the deal does not have (e.g. a deadline computed from the
     * fulfilment date when a token is put at the closing documents without a fulfilment): a 422 naming it.
     */
    private static ErrorAnswer missingValue(PropertyNotFoundException missing) {
        Matcher name = QUOTED.matcher(String.valueOf(missing.getMessage()));
        String field = name.find() ? name.group(1) : null;
        return field == null ? ErrorAnswer.of(ErrorAnswer.UNPROCESSABLE, "MissingValue",
                "The deal lacks a value this step of the diagram needs.")
                : ErrorAnswer.invalidVariable(ErrorAnswer.UNPROCESSABLE, field, "The deal has no '" + field
                        + "', which this step of the diagram needs: the stage that records it has not been completed.");
    }

    static ErrorAnswer fromRest(int status, String message) {
        if (Sentences.saysNotFound(message) && status == 400) {
            return ErrorAnswer.notFound(Sentences.cleanOr(message, "Not found."));
        }
        return ErrorAnswer.of(status, status == 404 ? "NotFound" : "InvalidRequest",
                Sentences.cleanOr(message, "The request is not valid."));
    }

    private static ErrorAnswer fromEngine(ProcessEngineException engine) {
        int code = engine.getCode();
        if (engine instanceof AuthorizationException) {
            return ErrorAnswer.of(403, "AuthorizationException", Sentences.cleanOr(engine.getMessage(), "Not allowed."));
        }
        if (engine instanceof OptimisticLockingException || code == BuiltinExceptionCode.OPTIMISTIC_LOCKING.getCode()
                || code == BuiltinExceptionCode.DEADLOCK.getCode() || concurrencyFailure(engine)) {
            return ErrorAnswer.conflict(CONFLICT);
        }
        if (engine instanceof TaskAlreadyClaimedException) {
            return ErrorAnswer.of(409, "TaskAlreadyClaimed", Sentences.cleanOr(engine.getMessage(), CONFLICT));
        }
        Matcher java = JAVA_SERIALIZATION.matcher(String.valueOf(engine.getMessage()));
        if (java.find()) {
            return ErrorAnswer.invalidVariable(ErrorAnswer.UNPROCESSABLE, java.group(1), "Variable '" + java.group(1)
                    + "' is a serialized Java object; such values are not accepted.");
        }
        if (code == BuiltinExceptionCode.COLUMN_SIZE_TOO_SMALL.getCode()) {
            return ErrorAnswer.of(ErrorAnswer.UNPROCESSABLE, "ValueTooLong", TOO_LONG);
        }
        if (engine instanceof NotFoundException || (engine instanceof NullValueException
                || engine instanceof BadUserRequestException) && Sentences.saysNotFound(engine.getMessage())) {
            return ErrorAnswer.notFound(Sentences.cleanOr(engine.getMessage(), "Not found."));
        }
        if (engine instanceof BadUserRequestException || engine instanceof NullValueException
                || engine instanceof MismatchingMessageCorrelationException) {
            return ErrorAnswer.badRequest(Sentences.cleanOr(engine.getMessage(), "The request is not valid."));
        }
        return null;
    }

    static boolean concurrencyFailure(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (s.getSQLState() != null && CONCURRENCY_STATES.contains(s.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The outermost exception of a type in a cause chain. */
    static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
