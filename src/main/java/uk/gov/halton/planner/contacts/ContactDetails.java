package uk.gov.halton.planner.contacts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import uk.gov.halton.planner.base.InputChecks;
import uk.gov.halton.planner.base.SingleLine;
import uk.gov.halton.planner.base.TextRules;

/**
 * What a planner types for a contact, or a line of an imported file, kept without the white space around it; its
 * constraints are checked by {@link ContactService} for every caller and by the contact form beside each field.
 */
public record ContactDetails(
        @NotBlank(message = "The organisation is required.")
        @Size(max = 120, message = "The organisation is longer than {max} characters.")
        @SingleLine("The organisation")
        String organisation,

        @NotBlank(message = "The name is required.")
        @Size(max = 120, message = "The name is longer than {max} characters.")
        @SingleLine("The name")
        String name,

        @Size(max = 120, message = "The role is longer than {max} characters.") @SingleLine("The role")
        String role,

        @NotBlank(message = "Give an email address: invitations go to it.")
        @Size(max = 200, message = "The email address is longer than {max} characters.")
        @Email(regexp = InputChecks.EMAIL, message = "'${validatedValue}' is not an email address.")
        String email,

        @Pattern(
                regexp = "[0-9+()\\- ]{6,40}",
                message = "'${validatedValue}' is not a phone number (digits, spaces, + ( ) -).")
        @SingleLine("The phone number")
        String phone) {

    public ContactDetails {
        organisation = TextRules.strip(organisation);
        name = TextRules.strip(name);
        role = TextRules.strip(role);
        email = TextRules.strip(email);
        phone = TextRules.strip(phone);
    }
}
