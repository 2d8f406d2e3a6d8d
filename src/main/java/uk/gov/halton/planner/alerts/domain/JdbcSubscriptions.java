package uk.gov.halton.planner.alerts.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who subscribed to which plan or site ("plan:runcorn-site", "site:koura-runcorn"). */
@Component
public class JdbcSubscriptions {

    private final JdbcClient jdbc;

    JdbcSubscriptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every subscription as subject to usernames, read once per sweep. */
    public Map<String, Set<String>> all() {
        Map<String, Set<String>> bySubject = new HashMap<>();
        jdbc.sql("select subject, username from alert_subscription")
                .query((rs, n) -> bySubject
                        .computeIfAbsent(rs.getString(1), k -> new TreeSet<>())
                        .add(rs.getString(2)))
                .list();
        return bySubject;
    }

    public Set<String> subjectsOf(String username) {
        return new TreeSet<>(jdbc.sql("select subject from alert_subscription where username = ?")
                .param(username)
                .query(String.class)
                .list());
    }

    public void subscribe(String username, String subject) {
        if (!subjectsOf(username).contains(subject)) {
            jdbc.sql("insert into alert_subscription (username, subject) values (?, ?)")
                    .params(username, subject)
                    .update();
        }
    }

    public void unsubscribe(String username, String subject) {
        jdbc.sql("delete from alert_subscription where username = ? and subject = ?")
                .params(username, subject)
                .update();
    }
}
