package uk.gov.halton.planner.alerts.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Who subscribed to which plan or site ("plan:runcorn-site", "site:koura-runcorn"). */
@Component
public class JdbcSubscriptions {

    private final JdbcClient jdbc;

    JdbcSubscriptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Set<String> subscribersOf(Collection<String> subjects) {
        if (subjects == null || subjects.isEmpty()) {
            return Set.of();
        }
        return new TreeSet<>(jdbc.sql("select distinct username from alert_subscription where subject in (:subjects)")
                .param("subjects", List.copyOf(subjects)).query(String.class).list());
    }

    public Set<String> subjectsOf(String username) {
        return new TreeSet<>(jdbc.sql("select subject from alert_subscription where username = ?").param(username)
                .query(String.class).list());
    }

    public void subscribe(String username, String subject) {
        if (!subjectsOf(username).contains(subject)) {
            jdbc.sql("insert into alert_subscription (username, subject) values (?, ?)").params(username, subject).update();
        }
    }

    public void unsubscribe(String username, String subject) {
        jdbc.sql("delete from alert_subscription where username = ? and subject = ?").params(username, subject).update();
    }
}
