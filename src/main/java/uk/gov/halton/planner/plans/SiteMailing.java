package uk.gov.halton.planner.plans;

import java.time.LocalDate;

/** The public information zone mailing of one site: last sent and next due (five-yearly in Halton). */
public record SiteMailing(String siteId, String planId, String siteName, LocalDate lastSent, LocalDate nextDue) {}
