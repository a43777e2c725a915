package org.sdghub.partners.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of adding or updating a contact; at least an email or a phone is needed. */
@Schema(description = "A person to contact at the organisation. Give an email, a phone or both.")
public record ContactRequest(
    @Schema(example = "Aigerim Sadykova", maxLength = 200) @NotBlank @Size(max = 200) String name,
    @Schema(example = "Programme Officer, Water and Climate", maxLength = 200) @Size(max = 200)
        String position,
    @Schema(example = "aigerim.sadykova@example.org", format = "email", maxLength = 254)
        @Email
        @Size(max = 254)
        String email,
    @Schema(
            description = "International format preferred.",
            example = "+7 7172 69 65 44",
            pattern = "^\\+?[0-9 ()./-]{3,40}$")
        @Size(max = 40)
        @Pattern(
            regexp = "\\+?[0-9 ()./-]{3,40}",
            message = "must be digits, spaces and ( ) . / - with an optional leading +")
        String phone) {}
