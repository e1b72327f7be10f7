package io.github.cameldicom.receiver.routes;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.config.impl.SecurityConfiguration;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.activemq.artemis.spi.core.security.ActiveMQJAASSecurityManager;
import org.apache.activemq.artemis.spi.core.security.jaas.InVMLoginModule;

/**
 * A real ActiveMQ Artemis broker, as "the broker elsewhere" the receiver connects to by URL: TCP only (no in-VM
 * acceptor, which the receiver's embedded broker would share), persistent, with a user that must log in. It can be
 * stopped and started again on the same port and journal.
 */
final class ArtemisBroker implements AutoCloseable {

    static final String USER = "dcmrecv";
    static final String PASSWORD = "dcmrecv-secret";

    private final Path directory;
    private final int port;
    private EmbeddedActiveMQ broker;

    private ArtemisBroker(Path directory, int port) {
        this.directory = directory;
        this.port = port;
    }

    static ArtemisBroker start(Path directory) throws Exception {
        ArtemisBroker broker = new ArtemisBroker(directory, Receiver.freePort());
        broker.start();
        return broker;
    }

    void start() throws Exception {
        ConfigurationImpl configuration = new ConfigurationImpl();
        configuration.setName("test-broker");
        configuration.setPersistenceEnabled(true);
        configuration.setJournalType(JournalType.NIO);
        configuration.setJournalDirectory(directory.resolve("journal").toString());
        configuration.setBindingsDirectory(directory.resolve("bindings").toString());
        configuration.setLargeMessagesDirectory(directory.resolve("large-messages").toString());
        configuration.setPagingDirectory(directory.resolve("paging").toString());
        configuration.setNodeManagerLockDirectory(directory.toString());
        configuration.setJMXManagementEnabled(false);
        configuration.setSecurityEnabled(true);
        configuration.putSecurityRoles("#", Set.of(new Role("sender", true, true, true, true, true, true, false, true,
                true, true)));
        configuration.addAcceptorConfiguration("tcp", url());
        configuration.addAddressSetting("#", new AddressSettings().setDeadLetterAddress(SimpleString.of("DLQ"))
                .setExpiryAddress(SimpleString.of("ExpiryQueue")));
        SecurityConfiguration users = new SecurityConfiguration();
        users.addUser(USER, PASSWORD);
        users.addRole(USER, "sender");
        broker = new EmbeddedActiveMQ().setConfiguration(configuration)
                .setSecurityManager(new ActiveMQJAASSecurityManager(InVMLoginModule.class.getName(), users));
        broker.start();
    }

    void stop() throws Exception {
        if (broker != null) {
            broker.stop();
            broker = null;
        }
    }

    String url() {
        return "tcp://127.0.0.1:" + port;
    }

    /** Text messages from a queue, each waited for at most {@code wait}, until none comes. */
    static List<String> drain(String url, String user, String password, String queue, int expected, Duration wait)
            throws JMSException {
        List<String> texts = new ArrayList<>();
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(url, user, password);
                Connection connection = factory.createConnection()) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = session.createConsumer(session.createQueue(queue));
            while (texts.size() < expected) {
                Message message = consumer.receive(wait.toMillis());
                if (message == null) {
                    break;
                }
                texts.add(((TextMessage) message).getText());
            }
            // anything beyond what was expected
            Message extra = consumer.receive(200);
            if (extra != null) {
                texts.add(((TextMessage) extra).getText());
            }
        }
        return texts;
    }

    @Override
    public void close() throws Exception {
        stop();
    }
}
