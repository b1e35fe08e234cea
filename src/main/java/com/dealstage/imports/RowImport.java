package com.dealstage.imports;

import com.dealstage.clients.Client;
import com.dealstage.clients.ClientHasOpenDeal;
import com.dealstage.clients.ClientIdentity;
import com.dealstage.clients.Clients;
import com.dealstage.deal.DealPipeline;
import com.dealstage.deal.Deals;
import com.dealstage.deal.Lead;
import com.dealstage.deal.ListEntry;
import com.dealstage.rules.Violation;
import com.dealstage.stagegate.StageGateViolation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One line of a list, through the same doors as a typed lead: the deal facade starts the deal, so the lead gate
 * judges the lead and the start check the client (blacklist, open deal). Before that, what only a list can get
 * wrong is checked here (contact data, a duplicate of an earlier line, an unknown manager) and a manager is chosen
 * when the line names none. The deal and the line's outcome are written in one savepoint: a refused start leaves
 * nothing but the outcome.
 */
@Component
class RowImport {

    private final Deals deals;
    private final Clients clients;
    private final ImportRows rows;
    private final ContactChecks contacts;
    private final LeadRules rules;
    private final ImportsProperties properties;
    private final TransactionTemplate savepoint;

    RowImport(Deals deals, Clients clients, ImportRows rows, ContactChecks contacts, LeadRules rules,
            ImportsProperties properties, PlatformTransactionManager transactions) {
        this.deals = deals;
        this.clients = clients;
        this.rows = rows;
        this.contacts = contacts;
        this.rules = rules;
        this.properties = properties;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    RowOutcome process(ImportContext context, ListReader.Record record) {
        RowOutcome outcome = outcome(context, record);
        if (outcome.kind() != RowOutcome.Kind.STARTED) {
            rows.record(context.importId(), outcome);
        }
        return outcome;
    }

    private RowOutcome outcome(ImportContext context, ListReader.Record record) {
        long line = record.line();
        if (record.broken() != null) {
            return RowOutcome.failed(line, null, record.broken(), null);
        }
        Map<String, String> values = context.columns().values(record.cells());
        String company = values.get("companyName");
        Optional<RowOutcome> wrong = contacts.check(line, values, context);
        if (wrong.isPresent()) {
            return wrong.get();
        }
        ClientIdentity identity = ClientIdentity.of(values.get("companyTaxId"), company);
        // most lines name a client new to the list: the filter spares them the look-up of an earlier line
        Optional<Long> first = context.mayHaveSeen(identity.key())
                ? rows.sameClientBefore(context.importId(), identity.key(), line) : Optional.empty();
        if (first.isPresent()) {
            return RowOutcome.skipped(line, RowOutcome.DUPLICATE_IN_FILE, field(identity), "The same client as line "
                    + first.get() + " of this file.", company, identity.key());
        }
        context.saw(identity.key());
        Optional<Client> blacklisted = clients.known(identity).filter(Client::blacklisted);
        if (blacklisted.isPresent()) {
            return RowOutcome.skipped(line, RowOutcome.BLACKLISTED, field(identity), "Client '"
                    + blacklisted.get().displayName() + "' is blacklisted (" + blacklisted.get().blacklistReason()
                    + ").", company, identity.key());
        }
        Optional<Assignment> assignment = values.containsKey("manager") ? Optional.empty()
                : rules.distribute(new LeadToDistribute(company, values.get("region"), values.get("industry"),
                        source(values)), context.assigned(), context.team());
        if (!values.containsKey("manager") && assignment.isEmpty()) {
            return RowOutcome.failed(line, "manager", "No manager given and rules/distribution.drl chose none (is "
                    + "anybody in group " + properties.team() + "?).", company);
        }
        return start(context, line, values, identity, assignment.orElse(null));
    }

    private RowOutcome start(ImportContext context, long line, Map<String, String> values, ClientIdentity identity,
            Assignment assignment) {
        String company = values.get("companyName");
        String manager = assignment == null ? values.get("manager") : assignment.manager();
        String rule = assignment == null ? null : assignment.rule();
        int score = rules.score(LeadToScore.of(source(values), values::get)); // blank cells are not in values
        Map<String, Object> lead = new LinkedHashMap<>();
        for (String field : List.of("companyName", "companyTaxId", "region", "industry")) {
            if (values.containsKey(field)) {
                lead.put(field, values.get(field));
            }
        }
        lead.put(DealPipeline.SOURCE, source(values));
        lead.put(DealPipeline.MANAGER, manager);
        Map<String, String> contact = new LinkedHashMap<>(values);
        contact.keySet().retainAll(ListEntry.CONTACT_FIELDS);
        ListEntry entry = new ListEntry(context.importId(), line, rule, score, contact);
        RowOutcome started;
        try {
            started = savepoint.execute(status -> {
                String dealId = deals.startListed(Lead.of(lead), entry);
                RowOutcome outcome = new RowOutcome(line, RowOutcome.Kind.STARTED, null, null, null, company,
                        identity.key(), dealId, manager, rule, score);
                rows.record(context.importId(), outcome);
                return outcome;
            });
        } catch (ProcessEngineException refused) {
            return refusal(line, company, identity, refused);
        }
        context.assignedTo(manager);
        return started;
    }

    private static RowOutcome refusal(long line, String company, ClientIdentity identity, ProcessEngineException e) {
        ClientHasOpenDeal open = ClientHasOpenDeal.findIn(e);
        if (open != null) {
            return RowOutcome.skipped(line, RowOutcome.OPEN_DEAL, field(identity), open.getMessage(), company,
                    identity.key());
        }
        StageGateViolation violation = StageGateViolation.findIn(e);
        if (violation != null) {
            List<Violation> violations = violation.violations();
            return RowOutcome.failed(line, violations.stream().map(Violation::field).distinct()
                    .collect(Collectors.joining(",")), violations.stream().map(Violation::message)
                    .collect(Collectors.joining(" ")), company);
        }
        // anything else the engine refuses for this lead (e.g. a diagram expression): the line fails, not the list
        return RowOutcome.failed(line, null, e.getMessage(), company);
    }

    private String source(Map<String, String> values) {
        return values.getOrDefault("source", properties.defaultSource());
    }

    private static String field(ClientIdentity identity) {
        return identity.taxNumber() != null ? "companyTaxId" : "companyName";
    }
}
