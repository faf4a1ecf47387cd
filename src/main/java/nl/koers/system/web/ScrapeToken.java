package nl.koers.system.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.util.StringUtils;

/**
 * The secret a metrics scraper (Prometheus) sends as {@code Authorization: Bearer …} to
 * read {@code /actuator/prometheus}: {@code koers.metrics.scrape-token}. Unset, nobody
 * reads the metrics over HTTP. Compared as digests, so that the time a comparison takes
 * tells nothing about the token.
 */
final class ScrapeToken {

	static final String PROPERTY = "koers.metrics.scrape-token";

	static final int MIN_LENGTH = 32;

	private static final String BEARER = "Bearer ";

	private final byte[] digest;

	ScrapeToken(String token) {
		if (StringUtils.hasText(token) && token.strip().length() < MIN_LENGTH) {
			throw new IllegalStateException(PROPERTY + " is shorter than " + MIN_LENGTH
					+ " characters; make one with, for example, 'openssl rand -hex 32'");
		}
		this.digest = StringUtils.hasText(token) ? sha256(token.strip()) : null;
	}

	boolean presentedIn(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (this.digest == null || header == null || !header.startsWith(BEARER)) {
			return false;
		}
		return MessageDigest.isEqual(this.digest, sha256(header.substring(BEARER.length()).strip()));
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
