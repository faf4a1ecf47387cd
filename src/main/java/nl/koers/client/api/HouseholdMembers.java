package nl.koers.client.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * All members of a household besides its first client, replacing the members recorded
 * before; the version is the household's as the editor read it.
 *
 * @param members the members, in the order to show them
 * @param version the household's version the change starts from
 */
public record HouseholdMembers(@NotNull @Size(max = 30) List<@Valid @NotNull HouseholdMember> members, Long version) {
}
