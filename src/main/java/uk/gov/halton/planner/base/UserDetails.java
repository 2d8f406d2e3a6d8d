package uk.gov.halton.planner.base;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A user's name and email address as an administrator types them, kept without the white space around them (a blank
 * address is none). {@link UserService} checks these constraints for every caller; the users form beside each field.
 */
public record UserDetails(
        @NotBlank(message = NAME_RULE) @Size(max = 100, message = NAME_RULE) @SingleLine("The name")
        String displayName,

        @Email(regexp = InputChecks.EMAIL) @Size(max = 200) String email) {

    static final String NAME_RULE = "A name is required (at most 100 characters).";

    public UserDetails {
        displayName = TextRules.strip(displayName);
        email = TextRules.strip(email);
    }
}
