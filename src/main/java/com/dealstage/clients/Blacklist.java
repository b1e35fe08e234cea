package com.dealstage.clients;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;

/**
 * Keeping the blacklist: by client id, or by tax number or name (the client is recorded when it is not known yet, so
 * that a later list or lead of it is refused). Each change and what its listeners do (planned contacts put on hold or
 * released) commit together.
 */
@Service
public class Blacklist {

    /** Longest reason kept: the sentence a refused caller reads. */
    public static final int MAX_REASON = 1000;

    private final Clients clients;
    private final TransactionTemplate transaction;

    Blacklist(Clients clients, PlatformTransactionManager transactions) {
        this.clients = clients;
        this.transaction = new TransactionTemplate(transactions);
    }

    Optional<Client> add(long clientId, String reason, String by, Instant at) {
        return inTransaction(() -> clients.blacklist(clientId, reason, by, at));
    }

    /**
     * Blacklists the company a tax number or name stands for, recording it as a client when new.
     * @throws ErrorResponseException 400 for a wrong tax number or no name and number, 409 when a name alone
     *                                cannot tell which of several clients is meant
     */
    public Client add(String taxId, String companyName, String reason, String by, Instant at) {
        ClientIdentity identity = identityOf(taxId, companyName);
        return inTransaction(() -> {
            List<Client> namesakes = clients.namesakes(identity);
            if (!namesakes.isEmpty()) {
                throw refusal(HttpStatus.CONFLICT, "Several clients are named '" + companyName
                        + "': give the tax number (INN) to say which one.");
            }
            Client client = clients.resolve(identity, displayName(taxId, companyName), at);
            return clients.blacklist(client.id(), reason, by, at).orElseThrow();
        });
    }

    Optional<Client> lift(long clientId, String by, Instant at) {
        return inTransaction(() -> clients.lift(clientId, by, at));
    }

    /** Takes the company a tax number or name stands for off the blacklist; empty when no such client is known. */
    public Optional<Client> lift(String taxId, String companyName, String by, Instant at) {
        ClientIdentity identity = identityOf(taxId, companyName);
        return inTransaction(() -> clients.known(identity).flatMap(client -> clients.lift(client.id(), by, at)));
    }

    /** @throws ErrorResponseException 400 naming the field */
    public static String checkedReason(String reason) {
        String trimmed = reason == null ? "" : reason.trim();
        if (trimmed.isEmpty() || trimmed.length() > MAX_REASON) {
            throw refusal(HttpStatus.BAD_REQUEST, "'reason' is required (at most " + MAX_REASON
                    + " characters): say why no deal may be started with this client.");
        }
        return trimmed;
    }

    private static ClientIdentity identityOf(String taxId, String companyName) {
        boolean hasTaxId = taxId != null && !taxId.isBlank();
        if (hasTaxId && !TaxNumbers.isValid(taxId)) {
            throw refusal(HttpStatus.BAD_REQUEST, "'companyTaxId' " + taxId + " is not a valid tax number (INN): 10 "
                    + "digits for an organisation or 12 for a sole proprietor, with valid check digits.");
        }
        if (!hasTaxId && (companyName == null || companyName.isBlank())) {
            throw refusal(HttpStatus.BAD_REQUEST, "Give 'companyTaxId' or 'companyName' of the client.");
        }
        return ClientIdentity.of(taxId, companyName);
    }

    private static String displayName(String taxId, String companyName) {
        return companyName == null || companyName.isBlank() ? "INN " + TaxNumbers.stripped(taxId) : companyName.trim();
    }

    private <T> T inTransaction(Supplier<T> work) {
        return transaction.execute(status -> work.get());
    }

    static ErrorResponseException refusal(HttpStatus status, String sentence) {
        return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, sentence), null);
    }
}
