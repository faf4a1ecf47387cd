package nl.koers.identity;

import java.util.UUID;

record OrganisationSummary(UUID id, String name) {
}
