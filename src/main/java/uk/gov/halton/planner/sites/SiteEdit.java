package uk.gov.halton.planner.sites;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import uk.gov.halton.planner.base.PlainText;
import uk.gov.halton.planner.base.SingleLine;
import uk.gov.halton.planner.base.TextRules;

/**
 * Everything the site editor saves at once. The position is WGS84 (the editor keeps latitude/longitude and
 * easting/northing in step); a blank polygon means the zone is the radius; a blank operator keeps the operator;
 * {@code confirmPosition} records that the position was checked against {@code confirmationSource}. Texts are kept
 * without the white space around them (blank is null). The constraints are the rules of each field alone; the rules
 * that need the site (the position in Halton, the zone around it, a new operator) are {@link SiteEdits}'.
 */
public record SiteEdit(
        Double longitude,
        Double latitude,
        Integer zoneRadiusMetres,
        String zonePolygon,

        @Size(max = 200, message = "Enter the operator's name (at most {max} characters).")
        @SingleLine("The operator's name")
        String newOperator,

        @Size(max = 2000, message = "A note has at most {max} characters.") @PlainText("The note")
        String operatorNote,

        @NotBlank(message = NAME_RULE) @Size(max = 200, message = NAME_RULE) @SingleLine("The name")
        String name,

        @NotBlank(message = ADDRESS_RULE) @Size(max = 300, message = ADDRESS_RULE) @SingleLine("The address")
        String address,

        @NotNull(message = TIER_RULE) @Pattern(regexp = "upper|lower", message = TIER_RULE)
        String tier,

        boolean confirmPosition,

        @Size(max = SiteEdits.MAX_SOURCE_CHARACTERS, message = SOURCE_RULE) @SingleLine("The source")
        String confirmationSource) {

    static final String NAME_RULE = "The name is required (at most 200 characters).";
    static final String ADDRESS_RULE = "The address is required (at most 300 characters).";
    static final String TIER_RULE = "The tier is upper or lower.";
    static final String SOURCE_RULE = "Say how the position was confirmed, e.g. \"Site visit\" or \"Operator's safety "
            + "report\" (at most " + SiteEdits.MAX_SOURCE_CHARACTERS + " characters).";

    public SiteEdit {
        newOperator = TextRules.strip(newOperator);
        operatorNote = TextRules.strip(operatorNote);
        name = TextRules.strip(name);
        address = TextRules.strip(address);
        confirmationSource = TextRules.strip(confirmationSource);
    }

    // The service's single changes, as edits of the fields they change (the others are not checked).

    /** The details alone (the service's updateDetails), checked by the same constraints. */
    static SiteEdit details(String name, String address, String tier) {
        return new SiteEdit(null, null, null, null, null, null, name, address, tier, false, null);
    }

    /** A new operator alone (the service's changeOperator). */
    static SiteEdit operator(String operator, String note) {
        return new SiteEdit(null, null, null, null, operator, note, null, null, null, false, null);
    }

    /** A position confirmation alone (the service's confirmPosition). */
    static SiteEdit confirmation(String source) {
        return new SiteEdit(null, null, null, null, null, null, null, null, null, true, source);
    }
}
