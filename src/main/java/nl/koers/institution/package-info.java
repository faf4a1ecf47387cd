/**
 * The institution's views of a referred client: for each data category a referral or a
 * trajectory may share (contact details, route, assessment scores, conversation
 * summaries, goals, agreements), a page of its own that the referral or trajectory page
 * loads when the worker opens it. Which referral or trajectory the worker may see and
 * which categories it shares come from the doors of {@code referral} and
 * {@code trajectory}; the data from each module's door, whose read passes the client
 * gate's {@code readShared} (consent, agreement, municipality; logged). Owns no tables.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "accesslog :: api", "agreement :: api",
		"assessment :: api", "client :: api", "consent :: api", "conversation :: api", "document :: api", "goal :: api",
		"identity :: api", "referral :: api", "route :: api", "system", "system :: web", "trajectory :: api" })
package nl.koers.institution;
