package uk.gov.halton.planner.register.domain;

import java.util.Set;

/**
 * The register's starting polarity for the seed's indicators, which the seed does not give. These are the system's
 * defaults, shown as "to be confirmed by the council" until an administrator confirms or changes them.
 */
final class IndicatorDefaults {

    /** Counts of work done or support given, where more means more done. Every other count is NEITHER. */
    private static final Set<String> MORE_IS_MORE_DONE = Set.of(
            "CE LI 23", // "You Said We Did" initiatives and community consultations
            "CE LI 24", // education programmes, school talks
            "CE LI 25", // Secured By Design and environmental measures
            "CE LI 26", // diversion activities
            "CE LI 27", // ASB communication messages
            "CE LI 31", // operations and results
            "CE LI 33", // street pastors' patrols and engagement
            "CE LI 39", // victims being supported
            "CE LI 40", // offenders engaging in the I-DAT service
            "CE LI 42", // offenders brought to justice
            "CE LI 43" // victims engaging with support
            );

    private IndicatorDefaults() {}

    static Polarity polarityFor(String ref) {
        return MORE_IS_MORE_DONE.contains(ref) ? Polarity.HIGHER_IS_BETTER : Polarity.NEITHER;
    }
}
