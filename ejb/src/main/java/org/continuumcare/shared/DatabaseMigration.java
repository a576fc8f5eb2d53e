package org.continuumcare.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Owns the schema: migrates the database with Flyway ({@code db/migration} in the db module) before
 * anything else touches it. The data source is configured through MicroProfile Config ({@code
 * CONTINUUM_DB_URL}, {@code CONTINUUM_DB_USER}, {@code CONTINUUM_DB_PASSWORD}).
 */
@DataSourceDefinition(
    name = DatabaseMigration.DATA_SOURCE,
    className = "org.postgresql.ds.PGSimpleDataSource",
    url = "${MPCONFIG=continuum.db.url}",
    user = "${MPCONFIG=continuum.db.user}",
    password = "${MPCONFIG=continuum.db.password}",
    minPoolSize = 2,
    maxPoolSize = 30,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=auto-commit",
      "fish.payara.fail-all-connections=true",
      "connectTimeout=10",
      "socketTimeout=120",
      "ApplicationName=continuum"
    })
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

  public static final String DATA_SOURCE = "java:app/jdbc/continuum";
  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = DATA_SOURCE)
  private DataSource dataSource;

  @PostConstruct
  void migrate() {
    var result =
        Flyway.configure(DatabaseMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied)");
  }
}
