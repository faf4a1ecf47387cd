package nl.koers.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.koers.client.api.ClientDetails;
import nl.koers.client.api.HouseholdType;
import nl.koers.client.api.NonBenefitGroup;
import nl.koers.system.Ids;
import org.hibernate.annotations.SQLRestriction;

/**
 * A person on social assistance whom Koers follows, within one municipality.
 */
@Entity
@Table(name = "client")
@SQLRestriction("erased_on is null")
class Client {

	@Id
	private UUID id;

	private UUID municipalityId;

	private String bsn;

	private String givenName;

	private String namePrefix;

	private String familyName;

	private LocalDate dateOfBirth;

	private LocalDate benefitStartDate;

	private String street;

	private String houseNumber;

	private String postalCode;

	private String city;

	private String phone;

	private String email;

	@Enumerated(EnumType.STRING)
	private HouseholdType householdType;

	private Integer children;

	private UUID caseLeadId;

	@Enumerated(EnumType.STRING)
	private NonBenefitGroup withoutBenefit;

	@Version
	private long version;

	private Instant createdAt;

	private Instant updatedAt;

	protected Client() {
	}

	Client(UUID municipalityId, ClientDetails details, UUID caseLeadId, Instant now) {
		this.id = Ids.next();
		this.municipalityId = municipalityId;
		this.caseLeadId = caseLeadId;
		this.createdAt = now;
		this.benefitStartDate = details.benefitStartDate();
		apply(details, now);
	}

	void apply(ClientDetails details, Instant now) {
		this.bsn = details.bsn();
		this.givenName = details.givenName().strip();
		this.namePrefix = blankToNull(details.namePrefix());
		this.familyName = details.familyName().strip();
		this.dateOfBirth = details.dateOfBirth();
		this.withoutBenefit = this.benefitStartDate == null ? details.withoutBenefit() : null;
		this.street = blankToNull(details.street());
		this.houseNumber = blankToNull(details.houseNumber());
		this.postalCode = details.postalCode() == null || details.postalCode().isBlank() ? null
				: details.postalCode().replace(" ", "").toUpperCase();
		this.city = blankToNull(details.city());
		this.phone = blankToNull(details.phone());
		this.email = blankToNull(details.email());
		this.householdType = details.householdType();
		this.children = details.children();
		this.updatedAt = now;
	}

	/**
	 * The start of the benefit that runs now, {@code null} when none runs.
	 */
	void currentBenefit(LocalDate start, Instant now) {
		if (Objects.equals(start, this.benefitStartDate)) {
			return;
		}
		this.benefitStartDate = start;
		if (start != null) {
			this.withoutBenefit = null;
		}
		this.updatedAt = now;
	}

	void assignCaseLead(UUID caseLeadId, Instant now) {
		this.caseLeadId = caseLeadId;
		this.updatedAt = now;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/**
	 * The client's details as text per field, for the change history.
	 */
	Map<String, String> snapshot() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("bsn", this.bsn);
		fields.put("givenName", this.givenName);
		fields.put("namePrefix", this.namePrefix);
		fields.put("familyName", this.familyName);
		fields.put("dateOfBirth", text(this.dateOfBirth));
		fields.put("street", this.street);
		fields.put("houseNumber", this.houseNumber);
		fields.put("postalCode", this.postalCode);
		fields.put("city", this.city);
		fields.put("phone", this.phone);
		fields.put("email", this.email);
		fields.put("householdType", text(this.householdType));
		fields.put("children", text(this.children));
		fields.put("benefitStartDate", text(this.benefitStartDate));
		fields.put("withoutBenefit", text(this.withoutBenefit));
		return fields;
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}

	ClientDetails details() {
		return new ClientDetails(this.bsn, this.givenName, this.namePrefix, this.familyName, this.dateOfBirth,
				this.benefitStartDate, this.street, this.houseNumber, this.postalCode, this.city, this.phone,
				this.email, this.householdType, this.children, this.caseLeadId, this.version, this.withoutBenefit);
	}

	String displayName() {
		return ClientName.of(this.givenName, this.namePrefix, this.familyName);
	}

	UUID getId() {
		return this.id;
	}

	UUID getMunicipalityId() {
		return this.municipalityId;
	}

	String getBsn() {
		return this.bsn;
	}

	UUID getCaseLeadId() {
		return this.caseLeadId;
	}

	long getVersion() {
		return this.version;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
