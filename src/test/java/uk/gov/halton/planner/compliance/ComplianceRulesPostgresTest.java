package uk.gov.halton.planner.compliance;

import uk.gov.halton.planner.PostgresContextTest;

/** The same statutory date rules on a real PostgreSQL server (timestamps, date arithmetic and ranges as it does them). */
@PostgresContextTest
class ComplianceRulesPostgresTest extends ComplianceRulesContract {}
