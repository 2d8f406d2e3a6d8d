package uk.gov.halton.planner.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.gov.halton.planner.alerts.domain.AlertSweep;
import uk.gov.halton.planner.base.PlannerZone;

/**
 * Two application nodes on one PostgreSQL, as a regional deployment runs them behind a sticky load balancer. A
 * thousand plan tests fall due, the nodes sweep and send together, and one node is killed (SIGKILL) in the middle.
 * GreenMail, a real SMTP server, then holds every alert's mail: none missing, no alert made twice for the same item
 * and threshold, and a message sent twice only if it was in flight on the killed node, with its original Message-ID.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(AppNode.NODES)
@Tag("cluster")
class ClusterTest {

    private static final int PLANS = 1_000;
    private static final List<String> RECIPIENTS = List.of("manager", "planner");
    private static final Path LOGS = Path.of("target", "cluster-test");

    private static EmbeddedPostgres postgres;
    private static GreenMail smtp;
    private static javax.sql.DataSource dataSource;
    private static JdbcClient db;
    private static final List<AppNode> nodes = new ArrayList<>();

    @BeforeAll
    static void startDatabaseAndMailServer() throws Exception {
        postgres = EmbeddedPostgres.start();
        dataSource = postgres.getPostgresDatabase();
        db = JdbcClient.create(dataSource);
        smtp = new GreenMail(new ServerSetup(AppNode.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopEverything() throws Exception {
        for (AppNode node : nodes) {
            node.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private static Map<String, String> nodeProperties(String name) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("spring.quartz.properties.org.quartz.scheduler.instanceId", name);
        p.put("spring.profiles.active", "postgres,demo");
        p.put("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"));
        p.put("spring.datasource.username", "postgres");
        p.put("spring.datasource.password", "");
        p.put("spring.mail.host", "127.0.0.1");
        p.put("spring.mail.port", String.valueOf(smtp.getSmtp().getPort()));
        p.put("spring.mail.properties.mail.smtp.localhost", "planner.test");
        p.put("planner.mail.initial-delay", "PT1S");
        p.put("planner.mail.poll-interval", "PT0.5S");
        // Short enough for a test to see a dead node's claims expire; far longer than one send to GreenMail.
        p.put("planner.mail.claim-timeout", "PT10S");
        p.put("planner.alerts.sweep-cron", "0/5 * * * * ?");
        p.put("spring.quartz.properties.org.quartz.jobStore.clusterCheckinInterval", "1000");
        p.put("planner.data.dir", ".");
        return p;
    }

    @Test
    void twoNodesAlertExactlyOnceThroughAKilledNode() throws Exception {
        AppNode first = start("node-a");
        first.awaitHealthy(Duration.ofMinutes(3));
        AppNode second = start("node-b");
        second.awaitHealthy(Duration.ofMinutes(3));
        assertThat(db.sql("select count(*) from qrtz_scheduler_state")
                        .query(Long.class)
                        .single())
                .as("both nodes in the Quartz cluster")
                .isEqualTo(2);

        LocalDate due = LocalDate.now(PlannerZone.zone()).plusDays(20); // past the 30-day threshold today
        new TransactionTemplate(new DataSourceTransactionManager(dataSource)).executeWithoutResult(tx -> {
            for (int i = 0; i < PLANS; i++) {
                String id = String.format("cluster-%04d", i);
                db.sql("insert into off_site_plan (id, row_version, title, lifecycle, next_test_due, "
                                + "extension_agreed) values (?, 0, ?, 'In force', ?, false)")
                        .params(id, "Cluster plan " + i, due)
                        .update();
                db.sql("insert into alert_subscription (username, subject) values ('planner', ?)")
                        .param("plan:" + id)
                        .update();
            }
        });
        int expectedMails = PLANS * RECIPIENTS.size();

        // The kill comes in the middle of the sweep that makes the alerts, once mail is going out (from either node):
        // without that wait it sometimes came before the first message was claimed. Whether the killed node itself
        // has messages in flight is chance; the line printed at the end says how many it had.
        await("sweep under way and mail going out")
                .atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(10))
                .until(() -> alertCount() >= PLANS / 4
                        && db.sql("select count(*) from mail_outbox where status in ('SENDING', 'SENT')")
                                        .query(Long.class)
                                        .single()
                                > 0);
        AppNode victim = sweepingNode(first, second);
        victim.kill();
        AppNode survivor = victim == first ? second : first;
        long alertsAtKill = alertCount();
        Set<String> inFlightAtKill = new HashSet<>(
                db.sql("select message_id from mail_outbox where status = 'SENDING' and claimed_by like ?")
                        .param(victim.pid() + "@%")
                        .query(String.class)
                        .list());
        int receivedAtKill = smtp.getReceivedMessages().length;

        await("every alert delivered")
                .atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> db.sql("select count(*) from mail_outbox where status = 'SENT'")
                                .query(Long.class)
                                .single()
                        == expectedMails);
        assertThat(survivor.process().isAlive()).isTrue();

        List<Long> alertIds = db.sql("select id from alert where kind = 'PLAN_TEST' and item_id like 'cluster-%'")
                .query(Long.class)
                .list();
        assertThat(alertIds).as("one alert per plan test").hasSize(PLANS);
        assertThat(db.sql("""
                select count(*) from (select item_id, threshold from alert where kind = 'PLAN_TEST'
                group by item_id, threshold having count(*) > 1) twice""").query(Long.class).single())
                .as("no item and threshold alerted twice")
                .isZero();
        assertThat(db.sql("select distinct threshold from alert where item_id like 'cluster-%'")
                        .query(String.class)
                        .list())
                .containsExactly("D30");

        Set<String> expectedIds = alertIds.stream()
                .flatMap(id -> RECIPIENTS.stream().map(user -> AlertSweep.messageId(id, user)))
                .collect(Collectors.toSet());
        Map<String, Integer> receivedById = new HashMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            receivedById.merge(message.getMessageID(), 1, Integer::sum);
        }
        assertThat(receivedById.keySet())
                .as("every alert's mail arrived, and nothing else")
                .isEqualTo(expectedIds);
        Set<String> resent = receivedById.entrySet().stream()
                .filter(e -> e.getValue() > 1)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        assertThat(inFlightAtKill)
                .as("only mail in flight at the kill may be sent twice")
                .containsAll(resent);
        assertThat(receivedById.values()).allMatch(times -> times <= 2);
        System.out.printf(
                "Cluster test: %s killed with %d of %d alerts made and %d of %d mails received, %d in flight;"
                        + " %d sent twice%n",
                victim.name(),
                alertsAtKill,
                PLANS,
                receivedAtKill,
                expectedMails,
                inFlightAtKill.size(),
                resent.size());
    }

    private static AppNode start(String name) throws Exception {
        AppNode node = AppNode.start(name, LOGS, nodeProperties(name));
        nodes.add(node);
        return node;
    }

    private static long alertCount() {
        return db.sql("select count(*) from alert where item_id like 'cluster-%'")
                .query(Long.class)
                .single();
    }

    /** The node whose Quartz instance runs the alert sweep now (instance ids are the node names). */
    private static AppNode sweepingNode(AppNode first, AppNode second) {
        List<String> running = db.sql("select instance_name from qrtz_fired_triggers where job_name = 'alert-sweep'")
                .query(String.class)
                .list();
        return running.contains(second.name()) ? second : first;
    }
}
