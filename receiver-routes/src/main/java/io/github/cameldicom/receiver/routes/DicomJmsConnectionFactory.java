package io.github.cameldicom.receiver.routes;

import java.nio.file.Path;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jms.connection.CachingConnectionFactory;

/**
 * The JMS connection factory of the queue route: ActiveMQ Artemis at {@link #setBrokerUrl(String) brokerUrl} with
 * {@link #setUser(String) user} and {@link #setPassword(String) password}, or, when no URL is configured, an
 * Artemis broker embedded in the receiver.
 *
 * <p>The embedded broker is persistent (its journal in {@link #setDataDirectory(String) dataDirectory}, so messages
 * survive a restart of the receiver), has security off, and listens in-VM and, unless
 * {@link #setEmbeddedAcceptor(String) embeddedAcceptor} is empty, on {@code tcp://127.0.0.1:61616} for consumers in
 * other processes. It is meant for one machine; use a real broker (or cluster) for anything else.
 *
 * <p>One connection is shared by all exchanges and re-created after a failure (Spring's
 * {@link CachingConnectionFactory}): a broker that went away and came back is used again without a restart of the
 * receiver. Artemis sends persistent messages synchronously: a send returns once the broker has the message in its
 * journal.
 *
 * <p>From YAML DSL: a bean with {@code initMethod: start} and {@code destroyMethod: close}, given to the
 * {@code jms:} endpoint as {@code connectionFactory}.
 */
public class DicomJmsConnectionFactory implements ConnectionFactory, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DicomJmsConnectionFactory.class);
    private static final String IN_VM_URL = "vm://0";

    private String brokerUrl = "";
    private String user = "";
    private String password = "";
    private String embeddedAcceptor = "tcp://127.0.0.1:61616";
    private String dataDirectory = "";
    private String outputDirectory = "";

    private EmbeddedActiveMQ embedded;
    private CachingConnectionFactory delegate;

    /** Starts the embedded broker if no broker URL is set, and prepares the connection factory. */
    public synchronized void start() throws Exception {
        if (delegate != null) {
            return;
        }
        String url = brokerUrl.strip();
        if (url.isEmpty()) {
            embedded = new EmbeddedActiveMQ().setConfiguration(embeddedConfiguration());
            embedded.start();
            url = IN_VM_URL;
            LOG.info("Embedded ActiveMQ Artemis broker started (journal in {}{})", dataDirectory(),
                    embeddedAcceptor.isBlank() ? ", in-VM only" : ", listening on " + embeddedAcceptor);
        }
        ActiveMQConnectionFactory artemis = user.isEmpty()
                ? new ActiveMQConnectionFactory(url)
                : new ActiveMQConnectionFactory(url, user, password);
        CachingConnectionFactory caching = new CachingConnectionFactory(artemis);
        caching.setReconnectOnException(true);
        caching.setSessionCacheSize(10);
        caching.afterPropertiesSet();
        delegate = caching;
    }

    private Configuration embeddedConfiguration() throws Exception {
        Path data = dataDirectory().toAbsolutePath().normalize();
        Configuration configuration = new ConfigurationImpl()
                .setName("dcmrecv")
                .setPersistenceEnabled(true)
                .setJournalType(JournalType.NIO)
                .setJournalDirectory(data.resolve("journal").toString())
                .setBindingsDirectory(data.resolve("bindings").toString())
                .setLargeMessagesDirectory(data.resolve("large-messages").toString())
                .setPagingDirectory(data.resolve("paging").toString())
                .setNodeManagerLockDirectory(data.toString())
                .setSecurityEnabled(false)
                .setJMXManagementEnabled(false)
                .addAcceptorConfiguration("in-vm", IN_VM_URL)
                // undeliverable and expired messages are kept, not dropped
                .addAddressSetting("#", new AddressSettings()
                        .setDeadLetterAddress(SimpleString.of("DLQ"))
                        .setExpiryAddress(SimpleString.of("ExpiryQueue"))
                        .setAutoCreateDeadLetterResources(true)
                        .setAutoCreateExpiryResources(true));
        if (!embeddedAcceptor.isBlank()) {
            configuration.addAcceptorConfiguration("tcp", embeddedAcceptor.strip());
        }
        return configuration;
    }

    private ConnectionFactory delegate() throws JMSException {
        CachingConnectionFactory factory;
        synchronized (this) {
            factory = delegate;
        }
        if (factory == null) {
            throw new jakarta.jms.IllegalStateException("DicomJmsConnectionFactory is not started");
        }
        return factory;
    }

    /** Closes the shared connection and stops the embedded broker, if there is one. */
    @Override
    public synchronized void close() throws Exception {
        if (delegate != null) {
            delegate.destroy();
            delegate = null;
        }
        if (embedded != null) {
            embedded.stop();
            embedded = null;
            LOG.info("Embedded ActiveMQ Artemis broker stopped");
        }
    }

    /** Whether the broker is the embedded one. */
    public synchronized boolean isEmbedded() {
        return embedded != null;
    }

    @Override
    public Connection createConnection() throws JMSException {
        return delegate().createConnection();
    }

    @Override
    public Connection createConnection(String userName, String password) throws JMSException {
        return delegate().createConnection(userName, password);
    }

    @Override
    public JMSContext createContext() {
        throw new UnsupportedOperationException("JMS 2 contexts are not used by camel-jms");
    }

    @Override
    public JMSContext createContext(String userName, String password) {
        throw new UnsupportedOperationException("JMS 2 contexts are not used by camel-jms");
    }

    @Override
    public JMSContext createContext(String userName, String password, int sessionMode) {
        throw new UnsupportedOperationException("JMS 2 contexts are not used by camel-jms");
    }

    @Override
    public JMSContext createContext(int sessionMode) {
        throw new UnsupportedOperationException("JMS 2 contexts are not used by camel-jms");
    }

    public String getBrokerUrl() {
        return brokerUrl;
    }

    /**
     * The Artemis broker, e.g. {@code tcp://mq.example.org:61616}, a list for failover
     * ({@code (tcp://a:61616,tcp://b:61616)?ha=true&reconnectAttempts=-1}) or with TLS
     * ({@code tcp://mq:61617?sslEnabled=true&trustStorePath=...}). Empty (the default): the embedded broker.
     */
    public void setBrokerUrl(String brokerUrl) {
        this.brokerUrl = brokerUrl == null ? "" : brokerUrl;
    }

    public String getUser() {
        return user;
    }

    /** The user to connect as; empty for none. */
    public void setUser(String user) {
        this.user = user == null ? "" : user;
    }

    /** The password of {@link #setUser(String) user}. */
    public void setPassword(String password) {
        this.password = password == null ? "" : password;
    }

    public String getEmbeddedAcceptor() {
        return embeddedAcceptor;
    }

    /** Where the embedded broker listens besides in-VM (default {@code tcp://127.0.0.1:61616}); empty: in-VM only. */
    public void setEmbeddedAcceptor(String embeddedAcceptor) {
        this.embeddedAcceptor = embeddedAcceptor == null ? "" : embeddedAcceptor;
    }

    private Path dataDirectory() {
        if (!dataDirectory.isBlank()) {
            return Path.of(dataDirectory.strip());
        }
        return outputDirectory.isBlank() ? Path.of("artemis-data") : Path.of(outputDirectory, ".dcmrecv-artemis");
    }

    public String getDataDirectory() {
        return dataDirectory;
    }

    /**
     * The embedded broker's journal, bindings, paging and large-message directories; empty (the default):
     * {@code .dcmrecv-artemis} in the {@link #setOutputDirectory(String) output directory}, next to the files its
     * messages point at.
     */
    public void setDataDirectory(String dataDirectory) {
        this.dataDirectory = dataDirectory == null ? "" : dataDirectory;
    }

    public String getOutputDirectory() {
        return outputDirectory;
    }

    /** The receiver's output directory, for the default {@link #setDataDirectory(String) data directory}. */
    public void setOutputDirectory(String outputDirectory) {
        this.outputDirectory = outputDirectory == null ? "" : outputDirectory;
    }

    @Override
    public String toString() {
        return "DicomJmsConnectionFactory[" + (brokerUrl.isBlank() ? "embedded" : brokerUrl) + ']';
    }
}
