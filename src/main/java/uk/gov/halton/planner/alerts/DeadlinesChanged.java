package uk.gov.halton.planner.alerts;

/**
 * Implemented by a planning module's own events that change the deadlines it provides (a plan's dates, an exercise
 * moved or held, an action done): alerts listens for this type and sweeps again once the change commits. The module
 * publishes its event; alerts never needs to know the module.
 */
public interface DeadlinesChanged {

    /** Why the deadlines changed, for the sweep trigger's description. */
    default String reason() {
        return toString();
    }
}
