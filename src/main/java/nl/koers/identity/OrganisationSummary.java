package nl.koers.identity;

import java.util.UUID;

public record OrganisationSummary(UUID id, String name) {
}
