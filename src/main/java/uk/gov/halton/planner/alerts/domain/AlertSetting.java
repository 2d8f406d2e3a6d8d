package uk.gov.halton.planner.alerts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** An administrator's setting: lead times of one kind of deadline, or the escalation interval. */
@Entity
@Table(name = "alert_setting")
@Audited
public class AlertSetting {

    @Id
    @Column(name = "setting_key")
    private String key;

    @Version
    @NotAudited
    private long version;

    @Column(name = "setting_value")
    private String value;

    protected AlertSetting() {}

    public AlertSetting(String key, String value) {
        this.key = key;
        this.value = value;
    }

    public String getKey() {
        return key;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
