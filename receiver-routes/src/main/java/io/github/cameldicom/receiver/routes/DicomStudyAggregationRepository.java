package io.github.cameldicom.receiver.routes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.apache.camel.processor.aggregate.jdbc.JdbcAggregationRepository;
import org.h2.jdbcx.JdbcDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * camel-sql's {@link JdbcAggregationRepository} on an embedded H2 database file of its own: the aggregates of the
 * study-received route (studies still receiving instances, and completed ones not yet published) survive a restart
 * of the receiver. The database and its two tables ({@code <repositoryName>} and {@code <repositoryName>_completed})
 * are created on first start.
 *
 * <p>The file is {@link #setDatabaseFile(String) databaseFile}, by default {@code .dcmrecv-studies/studies} in the
 * {@link #setOutputDirectory(String) output directory} (H2 adds {@code .mv.db}). Every change is written to the file
 * before the transaction returns ({@code WRITE_DELAY=0}), so a killed receiver loses no aggregate; the database is
 * closed when the repository stops.
 *
 * <p>From YAML DSL: a bean with {@code repositoryName}, {@code databaseFile} or {@code outputDirectory}, and the
 * repository's own properties ({@code useRecovery}, {@code recoveryInterval}, {@code maximumRedeliveries},
 * {@code deadLetterUri}), named as the {@code aggregate} step's {@code aggregationRepository}.
 */
public class DicomStudyAggregationRepository extends JdbcAggregationRepository {

    private static final Logger LOG = LoggerFactory.getLogger(DicomStudyAggregationRepository.class);

    private String databaseFile = "";
    private String outputDirectory = "";
    private JdbcDataSource dataSource;

    public DicomStudyAggregationRepository() {
        setRepositoryName("studies");
    }

    @Override
    protected void doInit() throws Exception {
        Path file = databaseFile().toAbsolutePath().normalize();
        Files.createDirectories(file.getParent());
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + file + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
        dataSource.setUser("dcmrecv");
        dataSource.setPassword("");
        createTables();
        setDataSource(dataSource);
        setTransactionManager(new DataSourceTransactionManager(dataSource));
        LOG.info("Study aggregation repository {} in {}.mv.db", getRepositoryName(), file);
        super.doInit();
    }

    private void createTables() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : new String[] {getRepositoryName(), getRepositoryNameCompleted()}) {
                requireIdentifier(table);
                statement.execute("CREATE TABLE IF NOT EXISTS " + table + " (id VARCHAR(255) NOT NULL, "
                        + "exchange BLOB NOT NULL, version BIGINT NOT NULL, CONSTRAINT " + table
                        + "_pk PRIMARY KEY (id))");
            }
        }
    }

    private static void requireIdentifier(String table) {
        if (!table.matches("[A-Za-z][A-Za-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("repository name " + DicomObjectKeyProcessor.show(table)
                    + ": letters, digits and '_' expected");
        }
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        if (dataSource != null) {
            try (Connection connection = dataSource.getConnection(); Statement statement =
                    connection.createStatement()) {
                statement.execute("SHUTDOWN");
            }
            dataSource = null;
        }
    }

    private Path databaseFile() {
        if (!databaseFile.isBlank()) {
            return Path.of(databaseFile.strip());
        }
        return outputDirectory.isBlank() ? Path.of(".dcmrecv-studies", getRepositoryName())
                : Path.of(outputDirectory, ".dcmrecv-studies", getRepositoryName());
    }

    public String getDatabaseFile() {
        return databaseFile;
    }

    /** The H2 database file without its {@code .mv.db} suffix; empty: see {@link #setOutputDirectory(String)}. */
    public void setDatabaseFile(String databaseFile) {
        this.databaseFile = databaseFile == null ? "" : databaseFile;
    }

    public String getOutputDirectory() {
        return outputDirectory;
    }

    /** The receiver's output directory: the default database is {@code .dcmrecv-studies/<repositoryName>} in it. */
    public void setOutputDirectory(String outputDirectory) {
        this.outputDirectory = outputDirectory == null ? "" : outputDirectory;
    }
}
