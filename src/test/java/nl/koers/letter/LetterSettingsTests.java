package nl.koers.letter;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.client.api.ClientView;
import nl.koers.document.api.DocumentView;
import nl.koers.document.api.Documents;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.letter.api.ExemptionLetter;
import nl.koers.letter.api.Letters;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administrator's letter settings: only administrators, only their own municipality,
 * only plain text with known placeholders, a logo that is a small PNG or JPEG, and the
 * letters then carry the edited texts and the logo.
 */
@KoersTest
class LetterSettingsTests {

	private static final String PAGE = "/admin/letters";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Letters letters;

	@Autowired
	Documents documents;

	Municipality municipality;

	CurrentUser admin;

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.admin = this.municipality.user(Role.ADMINISTRATOR);
	}

	@Test
	void onlyAnAdministratorEditsAndOnlyTheirOwnMunicipalitysSettings() throws Exception {
		for (Role role : new Role[] { Role.CONSULTANT, Role.COORDINATOR, Role.MANAGER, Role.CONTRACT_MANAGER,
				Role.AUDITOR, Role.INSTITUTION_WORKER }) {
			CurrentUser other = this.municipality.user(role);
			this.mvc.perform(get(PAGE).with(user(other))).andExpect(status().isForbidden());
			this.mvc.perform(form(defaults()).with(csrf()).with(user(other))).andExpect(status().isForbidden());
			this.mvc.perform(previewForm(defaults()).param("letter", "MEASURE").with(csrf()).with(user(other)))
				.andExpect(status().isForbidden());
			assertThat(html(get("/account/password"), other, 200).select("a[href=/admin/letters]")).isEmpty();
		}
		assertThat(stored(this.municipality)).isZero();

		save(Map.of("printedName", "Gemeente Eigen Naam", "department", "Afdeling Werk en Inkomen", "texts[CLOSING]",
				"Met hartelijke groet van team Werk,"));
		assertThat(html(get("/account/password"), this.admin, 200).select("a[href=/admin/letters]")).hasSize(1);
		Document own = html(get(PAGE), this.admin, 200);
		assertThat(own.selectFirst("#printedName").val()).isEqualTo("Gemeente Eigen Naam");
		assertThat(own.selectFirst("#text-CLOSING").text()).isEqualTo("Met hartelijke groet van team Werk,");

		Municipality elsewhere = this.fixtures.municipality();
		Document theirs = html(get(PAGE), elsewhere.user(Role.ADMINISTRATOR), 200);
		assertThat(theirs.selectFirst("#printedName").val()).isEqualTo("Gemeente " + elsewhere.name());
		assertThat(theirs.selectFirst("#text-CLOSING").text()).isEqualTo("Met vriendelijke groet,");
		assertThat(theirs.text()).doesNotContain("Eigen Naam", "team Werk", this.admin.displayName());
		assertThat(stored(elsewhere)).isZero();
	}

	@Test
	void unsafeInputIsRefusedAtItsFieldAndNothingIsSaved() throws Exception {
		Document markup = refused(Map.of("texts[MEASURE_OPENING]", "Beste <script>alert(1)</script>"), 400);
		assertThat(markup.select("#text-MEASURE_OPENING-error").text())
			.isEqualTo("Alleen gewone tekst: de tekens < en > zijn niet toegestaan.");
		assertThat(markup.selectFirst("#text-MEASURE_OPENING").hasClass("invalid")).isTrue();

		Document expression = refused(Map.of("texts[OBJECTION]", "Zie ${T(java.lang.Runtime).getRuntime()}"), 400);
		assertThat(expression.select("#text-OBJECTION-error").text()).contains("lijkt op code");
		Document inline = refused(Map.of("texts[CLOSING]", "Groet [[${client.bsn}]]"), 400);
		assertThat(inline.select("#text-CLOSING-error").text()).contains("lijkt op code");

		Document placeholder = refused(Map.of("texts[INVITATION_OPENING]", "Beste {naam}, uw BSN is {bsn}."), 400);
		assertThat(placeholder.select("#text-INVITATION_OPENING-error").text()).isEqualTo(
				"{bsn} is geen bekend invulveld. U kunt gebruiken: {naam}, {datum}, {consulent}, {gemeente}, {telefoon}.");
		Document brace = refused(Map.of("texts[OUTREACH_CONTACT]", "Bel ons {"), 400);
		assertThat(brace.select("#text-OUTREACH_CONTACT-error").text()).contains("Accolades");

		Document tooLong = refused(Map.of("texts[INVITATION_BRING_ALONG]", "a".repeat(1001)), 400);
		assertThat(tooLong.select("#text-INVITATION_BRING_ALONG-error").text()).isEqualTo("Hoogstens 1000 tekens.");
		Document department = refused(Map.of("department", "b".repeat(201)), 400);
		assertThat(department.select("#department-error").text()).isNotBlank();
		Document bold = refused(Map.of("signatoryName", "Naam <b>vet</b>"), 400);
		assertThat(bold.select("#signatoryName-error").text()).contains("de tekens < en >");

		Document address = refused(Map.of("addressLines", "1\n2\n3\n4\n5"), 400);
		assertThat(address.select("#addressLines-error").text())
			.isEqualTo("Hoogstens 4 regels van elk hoogstens 80 tekens.");
		Document oneLine = refused(Map.of("signatoryName", "Naam\nTweede regel"), 400);
		assertThat(oneLine.select("#signatoryName-error").text()).contains("op één regel");

		Document gif = html(form(defaults()).file(logo("logo.png", "GIF89a fake".getBytes())).with(csrf()), this.admin,
				400);
		assertThat(gif.select("#removeLogo-error").text())
			.isEqualTo("Alleen een PNG- of JPEG-afbeelding; dit bestand is dat niet.");
		byte[] large = Arrays.copyOf(png(400, 100), 500 * 1024 + 1);
		Document oversize = html(form(defaults()).file(logo("logo.png", large)).with(csrf()), this.admin, 400);
		assertThat(oversize.select("#removeLogo-error").text()).isEqualTo("Het logo is groter dan 500 kB.");
		byte[] pngHeaderOnly = Arrays.copyOf(png(10, 10), 20);
		assertThat(html(form(defaults()).file(logo("logo.png", pngHeaderOnly)).with(csrf()), this.admin, 400)
			.select("#removeLogo-error")
			.text()).contains("PNG- of JPEG");

		assertThat(stored(this.municipality)).isZero();
		assertThat(this.jdbc.sql("select count(*) from letter_text_block where municipality_id = ?")
			.param(this.municipality.id())
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void theLettersCarryTheEditedTextsTheLetterheadAndTheLogo() throws Exception {
		Map<String, String> edited = new LinkedHashMap<>();
		edited.put("printedName", "Gemeente Proefstad");
		edited.put("addressLines", "Postbus 123\n9999 ZZ Proefstad");
		edited.put("contactPhone", "14 0999");
		edited.put("email", "werk@proefstad.example");
		edited.put("signatoryName", "M. de Wethouder");
		edited.put("texts[EXEMPTION_OPENING]", "Beste {naam}, op {datum} besloot {gemeente} dit. Bel {telefoon}.");
		edited.put("texts[OBJECTION]", "Schrijf kort op waarom u het oneens bent.");
		edited.put("texts[CLOSING]", "Hartelijke groet,");
		this.mvc.perform(form(with(edited)).file(logo("logo.png", png(600, 200))).with(csrf()).with(user(this.admin)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(PAGE))
			.andExpect(flash().attribute("flash", "letter.settings.saved"));
		assertThat(html(get(PAGE), this.admin, 200).select("#current-logo").attr("src"))
			.startsWith("data:image/png;base64,");

		CurrentUser consultant = this.municipality.user(Role.CONSULTANT);
		ClientView client = this.municipality.client(consultant,
				Fixtures.details().name("Sanne", "Brief").caseLead(consultant.id()));
		LocalDate today = LocalDate.now();
		DocumentView letter = this.letters.exemptionDecision(consultant, client.id(),
				new ExemptionLetter(today, null, "Zorg voor een kind"));
		byte[] pdf = this.documents.content(consultant, letter.id());
		String text = text(pdf);
		assertThat(text).contains("Gemeente Proefstad", "Postbus 123", "9999 ZZ Proefstad", "Telefoon 14 0999",
				"werk@proefstad.example",
				"Beste Sanne Brief, op " + LetterService.LONG_DATE.format(today)
						+ " besloot Gemeente Proefstad dit. Bel 14 0999.",
				"Schrijf kort op waarom u het oneens bent.", "Hartelijke groet,", "M. de Wethouder",
				"binnen zes weken na de datum van deze brief", "Artikel 9, tweede lid, van de Participatiewet");
		assertThat(text).doesNotContain("Met vriendelijke groet", "{naam}", "Wij hebben besloten dat u voorlopig");
		assertThat(images(pdf)).isEqualTo(1);

		this.mvc.perform(form(with(Map.of("version", "1", "removeLogo", "true"))).with(csrf()).with(user(this.admin)))
			.andExpect(status().isFound());
		assertThat(images(text(this.letters, consultant, client))).isZero();
	}

	@Test
	void aStaleSaveIsRefusedAndTheTextsGoBackToTheirDefaults() throws Exception {
		save(Map.of("texts[CLOSING]", "Groet van ons,"));
		Document stale = refused(Map.of("texts[CLOSING]", "Groet van hen,"), 409);
		assertThat(stale.select(".alert").text()).contains("intussen door iemand anders gewijzigd");
		assertThat(html(get(PAGE), this.admin, 200).selectFirst("#text-CLOSING").text()).isEqualTo("Groet van ons,");

		this.mvc.perform(post(PAGE + "/reset-texts").param("version", "0").with(csrf()).with(user(this.admin)))
			.andExpect(status().isConflict());
		this.mvc.perform(post(PAGE + "/reset-texts").param("version", "1").with(csrf()).with(user(this.admin)))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flash", "letter.settings.textsReset"));
		Document page = html(get(PAGE), this.admin, 200);
		assertThat(page.selectFirst("#text-CLOSING").text()).isEqualTo("Met vriendelijke groet,");
		assertThat(page.selectFirst("input[name=version]").val()).isEqualTo("2");
	}

	@Test
	void thePreviewShowsALetterWithFictitiousDataWithoutSaving() throws Exception {
		for (String letter : new String[] { "MEASURE", "EXEMPTION", "INVITATION", "OUTREACH" }) {
			byte[] pdf = this.mvc
				.perform(previewForm(with(Map.of("texts[CLOSING]", "Groet uit het voorbeeld,"))).param("letter", letter)
					.with(csrf())
					.with(user(this.admin)))
				.andExpect(status().isOk())
				.andExpect(content().contentType(MediaType.APPLICATION_PDF))
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			assertThat(text(pdf)).contains("J. Voorbeeld", "Voorbeeldstraat 1", "Groet uit het voorbeeld,",
					"Gemeente Test");
		}
		assertThat(html(
				previewForm(with(Map.of("texts[CLOSING]", "Groet {iemand}"))).param("letter", "MEASURE").with(csrf()),
				this.admin, 400)
			.select("#text-CLOSING-error")
			.text()).startsWith("{iemand} is geen bekend invulveld.");
		assertThat(stored(this.municipality)).isZero();
	}

	private void save(Map<String, String> changes) throws Exception {
		this.mvc.perform(form(with(changes)).with(csrf()).with(user(this.admin))).andExpect(status().isFound());
	}

	private Document refused(Map<String, String> changes, int status) throws Exception {
		return html(form(with(changes)).with(csrf()), this.admin, status);
	}

	private static Map<String, String> with(Map<String, String> changes) {
		Map<String, String> all = new LinkedHashMap<>(defaults());
		all.putAll(changes);
		return all;
	}

	private static Map<String, String> defaults() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("printedName", "Gemeente Test");
		form.put("department", "Sociaal Domein");
		form.put("signatoryName", "De teamleider");
		form.put("signatoryTitle", "Burgemeester en wethouders, namens dezen,");
		form.put("objectionAddress", "het college, Postbus 1, 1000 AA Test");
		form.put("version", "0");
		return form;
	}

	private static MockMultipartHttpServletRequestBuilder form(Map<String, String> fields) {
		MockMultipartHttpServletRequestBuilder request = multipart(PAGE);
		fields.forEach(request::param);
		return request;
	}

	private static MockMultipartHttpServletRequestBuilder previewForm(Map<String, String> fields) {
		MockMultipartHttpServletRequestBuilder request = multipart(PAGE + "/preview");
		fields.forEach(request::param);
		return request;
	}

	private static MockMultipartFile logo(String name, byte[] content) {
		return new MockMultipartFile("logoFile", name, "image/png", content);
	}

	static byte[] png(int width, int height) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setColor(Color.BLUE);
		graphics.fillRect(0, 0, width, height / 2);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	private int stored(Municipality which) {
		return this.jdbc.sql("select count(*) from letter_settings where municipality_id = ?")
			.param(which.id())
			.query(Integer.class)
			.single();
	}

	private Document html(org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request,
			CurrentUser who, int status) throws Exception {
		return Jsoup.parse(this.mvc.perform(request.with(user(who)))
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private byte[] text(Letters writer, CurrentUser consultant, ClientView client) {
		DocumentView letter = writer.exemptionDecision(consultant, client.id(),
				new ExemptionLetter(LocalDate.now(), null, "Opnieuw"));
		return this.documents.content(consultant, letter.id());
	}

	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	static int images(byte[] pdf) throws IOException {
		int images = 0;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (var page : document.getPages()) {
				PDResources resources = page.getResources();
				for (COSName name : resources.getXObjectNames()) {
					if (resources.getXObject(name) instanceof PDImageXObject) {
						images++;
					}
				}
			}
		}
		return images;
	}

}
