package db.migration;

import com.dealstage.clients.ExistingRecords;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Issue 10: existing lead_rejection and nps_survey rows onto the client table, with the same normalizer the
 * application uses (which SQL alone cannot express). In db.migration, where Flyway finds Java migrations next to
 * the SQL ones, so every Flyway of the project (the app's, plain test engines') runs it.
 */
public class V7__Clients_of_existing_records extends BaseJavaMigration {

    @Override
    public void migrate(Context context) {
        ExistingRecords.bringOntoClients(JdbcClient.create(new SingleConnectionDataSource(context.getConnection(), true)));
    }
}
