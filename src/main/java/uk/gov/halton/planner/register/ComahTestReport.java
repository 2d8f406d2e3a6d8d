package uk.gov.halton.planner.register;

/** A test report of a COMAH exercise, for the PPT 06 milestone to link to: what it is and its in-app address. */
public record ComahTestReport(String label, String link) {}
