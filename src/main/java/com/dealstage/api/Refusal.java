package com.dealstage.api;

/** A request refused by our own checks (bad input, unknown id), with the answer the caller gets. */
final class Refusal extends RuntimeException {

    private final transient ErrorAnswer answer;

    Refusal(ErrorAnswer answer) {
        super(answer.message());
        this.answer = answer;
    }

    ErrorAnswer answer() {
        return answer;
    }
}
