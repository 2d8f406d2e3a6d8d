package uk.gov.halton.planner.register.domain;

/** Where an indicator comes from: the business plan (the seed file), or computed locally from the plans module. */
public enum IndicatorSource {
    SEED,
    LOCAL_COMAH
}
