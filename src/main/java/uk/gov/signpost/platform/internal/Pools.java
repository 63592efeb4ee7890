package uk.gov.signpost.platform.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import javax.sql.DataSource;

/** The connection pool behind the data source bean, which tracing may have wrapped in a proxy. */
final class Pools {

    private Pools() {}

    /** For the few parts that open a connection of their own with the pool's address and credentials. */
    static HikariDataSource hikari(DataSource dataSource) {
        try {
            return dataSource.unwrap(HikariDataSource.class);
        } catch (SQLException e) {
            throw new IllegalStateException("The data source is not the Hikari pool this application configures", e);
        }
    }
}
