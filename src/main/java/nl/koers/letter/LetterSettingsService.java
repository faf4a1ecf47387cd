package nl.koers.letter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import nl.koers.identity.api.CurrentUser;
import nl.koers.letter.LetterService.Addressee;
import nl.koers.letter.LetterheadStore.Stored;
import nl.koers.letter.api.ExemptionLetter;
import nl.koers.letter.api.InvitationLetter;
import nl.koers.letter.api.MeasureLetter;
import nl.koers.letter.api.OutreachLetter;
import nl.koers.system.ConflictException;
import nl.koers.system.DutchTime;
import nl.koers.system.InvalidFieldException;
import nl.koers.system.RefusedException.Reason;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The letter settings of the administrator's own municipality: read, saved within the
 * safe limits of {@link LetterText} (nothing is saved while any field is refused), with
 * optimistic locking, the text blocks back to their defaults, and a preview with
 * fictitious data.
 */
@Service
class LetterSettingsService {

	static final int MAX_LOGO_BYTES = 500 * 1024;

	static final int MAX_LOGO_PIXELS = 4000;

	static final int MAX_ADDRESS_LINES = 4;

	static final int MAX_ADDRESS_LINE = 80;

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private final LetterheadStore store;

	private final LetterService letters;

	private final LetterPolicy policy;

	private final Clock clock;

	LetterSettingsService(LetterheadStore store, LetterService letters, LetterPolicy policy, Clock clock) {
		this.store = store;
		this.letters = letters;
		this.policy = policy;
		this.clock = clock;
	}

	/**
	 * The settings page: the form filled with what is stored (or the defaults), every
	 * block's default text, and the logo if there is one.
	 */
	@Transactional(readOnly = true)
	public SettingsPage page(CurrentUser admin) {
		this.policy.requireEditSettings(admin);
		UUID municipalityId = admin.municipalityId();
		String municipality = this.letters.municipalityName(municipalityId);
		Stored stored = this.store.stored(municipalityId, municipality)
			.orElse(new Stored(Letterhead.standard(municipality), 0, null, null));
		Map<TextBlock, String> defaults = this.letters.standardTexts();
		Map<TextBlock, String> own = this.store.texts(municipalityId);
		Map<String, String> texts = new LinkedHashMap<>();
		defaults.forEach((block, text) -> texts.put(block.name(), own.getOrDefault(block, text)));
		Letterhead head = stored.letterhead();
		return new SettingsPage(
				new LetterSettingsForm(head.printedName(), head.department(), head.addressText(), head.contactPhone(),
						head.email(), head.website(), head.signatoryName(), head.signatoryTitle(),
						head.objectionAddress(), false, texts, stored.version()),
				stored.updatedByName(), stored.updatedAt(), head.logo() == null ? null : head.logo().dataUri());
	}

	/**
	 * Saves the settings (a new logo when {@code logo} has content) if nobody saved them
	 * since the administrator read version {@code form.version()}.
	 */
	@Transactional
	public void save(CurrentUser admin, LetterSettingsForm form, byte[] logo) {
		this.policy.requireEditSettings(admin);
		UUID municipalityId = admin.municipalityId();
		String municipality = this.letters.municipalityName(municipalityId);
		Checked checked = check(form, logo, this.store.find(municipalityId, municipality).orElse(null), municipality);
		Instant now = this.clock.instant();
		if (!this.store.save(municipalityId, checked.letterhead(), form.version(), admin.displayName(), now)) {
			throw new ConflictException("conflict.stale", "the letter settings were changed meanwhile");
		}
		this.store.replaceTexts(municipalityId, checked.texts());
	}

	/**
	 * Every text block back to its default text.
	 */
	@Transactional
	public void resetTexts(CurrentUser admin, long version) {
		this.policy.requireEditSettings(admin);
		UUID municipalityId = admin.municipalityId();
		if (!this.store.bump(municipalityId, version, admin.displayName(), this.clock.instant())) {
			if (version == 0 && this.store.stored(municipalityId, "").isEmpty()) {
				return;
			}
			throw new ConflictException("conflict.stale", "the letter settings were changed meanwhile");
		}
		this.store.replaceTexts(municipalityId, Map.of());
	}

	/**
	 * A letter of this kind with the settings on the form (not saved; the stored logo
	 * unless the form removes it) and fictitious data, as PDF.
	 */
	@Transactional(readOnly = true)
	public byte[] preview(CurrentUser admin, LetterSettingsForm form, byte[] logo, SampleLetter kind) {
		this.policy.requireEditSettings(admin);
		UUID municipalityId = admin.municipalityId();
		String municipality = this.letters.municipalityName(municipalityId);
		Checked checked = check(form, logo, this.store.find(municipalityId, municipality).orElse(null), municipality);
		Map<TextBlock, String> texts = new EnumMap<>(TextBlock.class);
		texts.putAll(checked.texts());
		LocalDate today = LocalDate.now(this.clock.withZone(DutchTime.ZONE));
		LocalDateTime appointment = today.plusDays(7).atTime(10, 0);
		String consultant = "A. Voorbeeld";
		Map<String, Object> parts = switch (kind) {
			case MEASURE -> Map.of("measure",
					new MeasureLetter("REFUSES_CONVERSATION", "voorbeeld: drie gesprekken in een half jaar geweigerd",
							"Voorbeeld van de redenen.", 20, today, 2));
			case EXEMPTION ->
				Map.of("exemption", new ExemptionLetter(today, today.plusMonths(6), "Voorbeeld: mantelzorg"));
			case INVITATION -> Map.of("invitation",
					new InvitationLetter(appointment, "FACE_TO_FACE", "Stadhuis, balie 3", consultant));
			case OUTREACH ->
				Map.of("outreach", new OutreachLetter(appointment.minusDays(14), today.plusDays(10), consultant));
		};
		return this.letters.render(kind.template(), checked.letterhead(), texts,
				new Addressee("J. Voorbeeld", "Voorbeeldstraat", "1", "1234 AB", "Voorbeeldstad"), today, consultant,
				parts);
	}

	/**
	 * The form turned into a letterhead and the blocks that differ from their default;
	 * refused with every field that is not within the limits.
	 */
	private Checked check(LetterSettingsForm form, byte[] upload, Letterhead current, String municipality) {
		List<Reason> reasons = new ArrayList<>();
		String printed = field(reasons, "printedName", form.printedName(), 120);
		String department = field(reasons, "department", form.department(), 200);
		String phone = field(reasons, "contactPhone", form.contactPhone(), 40);
		String email = field(reasons, "email", form.email(), 254);
		String website = field(reasons, "website", form.website(), 200);
		String signatoryName = field(reasons, "signatoryName", form.signatoryName(), 200);
		String signatoryTitle = field(reasons, "signatoryTitle", form.signatoryTitle(), 200);
		String objection = field(reasons, "objectionAddress", form.objectionAddress(), 400);
		for (String[] required : new String[][] { { "printedName", printed }, { "department", department },
				{ "signatoryName", signatoryName }, { "signatoryTitle", signatoryTitle },
				{ "objectionAddress", objection } }) {
			if (required[1] == null && reasons.stream().noneMatch(reason -> reason.field().equals(required[0]))) {
				reasons.add(new Reason(required[0], "letter.settings.required"));
			}
		}
		List<String> lines = addressLines(reasons, form.addressLines());
		Map<TextBlock, String> texts = texts(reasons, form.texts());
		Logo logo = Boolean.TRUE.equals(form.removeLogo()) ? null : current == null ? null : current.logo();
		if (upload != null && upload.length > 0) {
			logo = logo(reasons, upload);
		}
		if (!reasons.isEmpty()) {
			throw new InvalidFieldException(reasons);
		}
		return new Checked(new Letterhead(municipality, printed, department, lines, phone, email, website,
				signatoryName, signatoryTitle, objection, logo), texts);
	}

	private static String field(List<Reason> reasons, String name, String value, int max) {
		String text = normalised(value);
		List<Reason> refused = LetterText.checkField(name, text, max, false);
		reasons.addAll(refused);
		return text == null || text.isBlank() || !refused.isEmpty() ? null : text.strip();
	}

	private static List<String> addressLines(List<Reason> reasons, String value) {
		String text = normalised(value);
		List<Reason> refused = LetterText.checkField("addressLines", text, 400, true);
		if (!refused.isEmpty()) {
			reasons.addAll(refused);
			return List.of();
		}
		List<String> lines = text == null ? List.of()
				: Arrays.stream(text.split("\n")).map(String::strip).filter(line -> !line.isEmpty()).toList();
		if (lines.size() > MAX_ADDRESS_LINES || lines.stream().anyMatch(line -> line.length() > MAX_ADDRESS_LINE)) {
			reasons.add(new Reason("addressLines", "letter.settings.addressLines.tooMany", MAX_ADDRESS_LINES,
					MAX_ADDRESS_LINE));
		}
		return lines;
	}

	private Map<TextBlock, String> texts(List<Reason> reasons, Map<String, String> posted) {
		Map<TextBlock, String> defaults = this.letters.standardTexts();
		Map<TextBlock, String> own = new EnumMap<>(TextBlock.class);
		for (Map.Entry<String, String> entry : posted.entrySet()) {
			TextBlock block = Arrays.stream(TextBlock.values())
				.filter(candidate -> candidate.name().equals(entry.getKey()))
				.findFirst()
				.orElseThrow(() -> new InvalidFieldException("texts", "letter.settings.unknownBlock"));
			String text = normalised(entry.getValue());
			if (text == null || text.isBlank() || text.strip().equals(defaults.get(block))) {
				continue;
			}
			List<Reason> refused = LetterText.checkBlock("texts." + block.name(), text.strip());
			reasons.addAll(refused);
			if (refused.isEmpty()) {
				own.put(block, text.strip());
			}
		}
		return own;
	}

	private static Logo logo(List<Reason> reasons, byte[] content) {
		if (content.length > MAX_LOGO_BYTES) {
			reasons.add(new Reason("removeLogo", "letter.settings.logo.tooLarge", MAX_LOGO_BYTES / 1024));
			return null;
		}
		String mediaType = starts(content, PNG) ? "image/png" : starts(content, JPEG) ? "image/jpeg" : null;
		if (mediaType == null) {
			reasons.add(new Reason("removeLogo", "letter.settings.logo.wrongType"));
			return null;
		}
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (input == null || !readers.hasNext()) {
				reasons.add(new Reason("removeLogo", "letter.settings.logo.wrongType"));
				return null;
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if (width > MAX_LOGO_PIXELS || height > MAX_LOGO_PIXELS) {
					reasons.add(new Reason("removeLogo", "letter.settings.logo.tooManyPixels", MAX_LOGO_PIXELS));
					return null;
				}
				reader.read(0);
				return new Logo(content, mediaType, width, height);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			reasons.add(new Reason("removeLogo", "letter.settings.logo.wrongType"));
			return null;
		}
	}

	private static boolean starts(byte[] content, byte[] signature) {
		return content.length >= signature.length
				&& Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
	}

	private static String normalised(String value) {
		return value == null ? null : value.replace("\r\n", "\n").replace('\r', '\n');
	}

	/**
	 * The letters the preview shows, with their template.
	 */
	enum SampleLetter {

		MEASURE("measure-decision"), EXEMPTION("exemption-decision"), INVITATION("invitation"), OUTREACH("outreach");

		private final String template;

		SampleLetter(String template) {
			this.template = template;
		}

		String template() {
			return this.template;
		}

	}

	/**
	 * The settings page: the form, who saved last and when (none before the first save),
	 * and the logo as a {@code data:} address (none without a logo).
	 */
	record SettingsPage(LetterSettingsForm form, String updatedByName, Instant updatedAt, String logo) {
	}

	private record Checked(Letterhead letterhead, Map<TextBlock, String> texts) {
	}

}
