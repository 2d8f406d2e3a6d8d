package uk.gov.halton.planner.alerts.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AlertSettingsRepository extends JpaRepository<AlertSetting, String> {}
