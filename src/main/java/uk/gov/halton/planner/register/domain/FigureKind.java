package uk.gov.halton.planner.register.domain;

public enum FigureKind {
    ACTUAL,
    TARGET
}
