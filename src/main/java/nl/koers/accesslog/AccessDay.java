package nl.koers.accesslog;

import java.util.List;

/**
 * How often one user accessed a client's data on one day, with the screens (the entries'
 * purposes) they did it through: the per-client page; the API gives only the
 * {@link AccessSummary}.
 */
record AccessDay(AccessSummary summary, List<String> purposes) {
}
