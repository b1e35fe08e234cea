package com.dealstage.deal;

import com.dealstage.clients.Client;
import com.dealstage.clients.ClientHasOpenDeal;
import com.dealstage.clients.ClientIdentity;
import com.dealstage.clients.Clients;
import com.dealstage.rules.Violation;
import com.dealstage.stagegate.StageGateViolation;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine side of every deal start, after the stage gate accepted the lead: refuses a manager who may not own a
 * deal ({@link DealOwners}), finds or records the client and
 * links the deal to it ({@code clientId}), refuses a blacklisted client (422, with the reason) and a new lead for a
 * client that has an open deal (409, naming it and its manager), unless the engine itself starts a repeat sale or
 * referral. Stores the tax number without separators, and the lead's score (a list's, or the scoring rules' for
 * any other lead). Runs inside the start's transaction: a refusal leaves no
 * deal, client or link behind.
 */
final class DealIntake implements ExecutionListener {

    private final Clients clients;
    /** Gives null where no scoring rules are installed (a plain engine): leads keep Camunda's default priority. */
    private final Supplier<LeadScoring> scoring;

    /** Null where anybody may be named (a plain engine without users). */
    private final DealOwners owners;

    DealIntake(Clients clients, Supplier<LeadScoring> scoring, DealOwners owners) {
        this.clients = clients;
        this.scoring = scoring;
        this.owners = owners;
    }

    @Override
    public void notify(DelegateExecution start) {
        DelegateExecution deal = start.getProcessInstance();
        Object name = deal.getVariable(DealPipeline.COMPANY_NAME);
        Object taxId = deal.getVariable(DealPipeline.COMPANY_TAX_ID);
        ClientIdentity identity = ClientIdentity.of(taxId, name);
        String companyName = name == null ? null : name.toString();
        if (!Deals.engineIsStarting()) {
            // a repeat sale or referral the engine starts keeps the earlier deal's manager, even one who has left
            if (owners != null) {
                owners.check(start, stageName(start));
            }
            refuseAmbiguousName(start, identity, companyName);
        }
        Client client = clients.attachDeal(deal.getId(), identity, companyName,
                ClockUtil.getCurrentTime().toInstant());
        if (client.blacklisted()) {
            String field = identity.taxNumber() != null ? DealPipeline.COMPANY_TAX_ID : DealPipeline.COMPANY_NAME;
            throw new StageGateViolation(DealPipeline.LEAD_INTAKE, stageName(start), List.of(new Violation(
                    DealPipeline.LEAD_INTAKE, field, "Client '" + client.displayName() + "' is blacklisted ("
                    + client.blacklistReason() + "): no new deal is started for it.")));
        }
        // counted after this deal's link: a client whose only deal is this one has no open deal to read
        if (!Deals.engineIsStarting() && client.deals() > 1) {
            OpenDeals.of(start.getProcessEngineServices(), clients.dealsOf(client.id()), deal.getId()).ifPresent(open -> {
                throw new ClientHasOpenDeal(client.id(), client.displayName(), open.dealId(), open.manager());
            });
        }
        deal.setVariableLocal(DealPipeline.CLIENT_ID, client.id());
        // a referral or repeat deal the engine starts is never the listed lead
        Map<String, Object> listed = Deals.engineIsStarting() ? Map.of() : Deals.listedVariables();
        listed.forEach(deal::setVariableLocal);
        LeadScoring scores = scoring.get();
        if (listed.isEmpty() && scores != null) {
            deal.setVariableLocal(ListEntry.LEAD_SCORE, scores.score(deal.getVariables()));
        }
        if (identity.taxNumber() != null && !identity.taxNumber().equals(taxId)) {
            deal.setVariableLocal(DealPipeline.COMPANY_TAX_ID, identity.taxNumber());
        }
    }

    /** A person's lead must say which client it is; the engine's own starts (referrals) keep a client of their own. */
    private void refuseAmbiguousName(DelegateExecution start, ClientIdentity identity, String companyName) {
        List<Client> namesakes = clients.namesakes(identity);
        if (!namesakes.isEmpty()) {
            String taxNumbers = namesakes.stream().map(client -> "INN " + client.inn()).collect(Collectors.joining(" and "));
            throw new StageGateViolation(DealPipeline.LEAD_INTAKE, stageName(start), List.of(new Violation(
                    DealPipeline.LEAD_INTAKE, DealPipeline.COMPANY_TAX_ID, "Several clients are named '" + companyName
                    + "' (among them " + taxNumbers + "): give the tax number (INN) to say which one.")));
        }
    }

    private static String stageName(DelegateExecution start) {
        String name = start.getCurrentActivityName();
        return name == null ? DealPipeline.LEAD_INTAKE : name;
    }
}
