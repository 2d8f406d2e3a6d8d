package uk.gov.halton.planner.register.domain;

public enum TextKind {
    PRIORITY,
    KEY_DEVELOPMENT,
    EMERGING_ISSUE
}
