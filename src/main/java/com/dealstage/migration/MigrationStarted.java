package com.dealstage.migration;

/** The real run: the Camunda batch that moves the deals, to be followed at GET …/migrations/{batchId}. */
record MigrationStarted(String batchId, int from, int to, int deals, String progress) {
}
