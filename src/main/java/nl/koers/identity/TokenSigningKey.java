package nl.koers.identity;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The RSA key that signs access tokens and checks them. Every app node behind the load
 * balancer must use the same key, or a token one node issued would fail on the next: a
 * key generated in memory at start-up (Spring Boot's default) works for one node only. So
 * the key is either configured ({@code koers.security.tokens.signing-key}, a PKCS#8 PEM,
 * for example from a secret store) or kept in the database, made once by the first node
 * that starts: every node inserts its own candidate and keeps the one that is there
 * ({@code on conflict do nothing}), so nodes starting together agree on one.
 */
@Component
class TokenSigningKey {

	private static final String PEM_LINES = "-----(BEGIN|END) PRIVATE KEY-----|\\s";

	private final RSAKey key;

	TokenSigningKey(JdbcClient jdbc, Clock clock, @Value("${koers.security.tokens.signing-key:}") String configured) {
		try {
			this.key = toJwk(StringUtils.hasText(configured) ? decode(configured.replaceAll(PEM_LINES, ""))
					: stored(jdbc, clock));
		}
		catch (GeneralSecurityException | JOSEException ex) {
			throw new IllegalStateException("the token signing key cannot be read", ex);
		}
	}

	RSAKey jwk() {
		return this.key;
	}

	private static RSAPrivateCrtKey stored(JdbcClient jdbc, Clock clock) throws GeneralSecurityException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		String candidate = Base64.getEncoder().encodeToString(generator.generateKeyPair().getPrivate().getEncoded());
		jdbc.sql("""
				insert into token_signing_key (id, private_key, created_at) values (1, :key, :now)
				on conflict (id) do nothing""")
			.param("key", candidate)
			.param("now", Timestamp.from(clock.instant()))
			.update();
		return decode(jdbc.sql("select private_key from token_signing_key where id = 1").query(String.class).single());
	}

	private static RSAPrivateCrtKey decode(String base64) throws GeneralSecurityException {
		return (RSAPrivateCrtKey) KeyFactory.getInstance("RSA")
			.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
	}

	private static RSAKey toJwk(RSAPrivateCrtKey privateKey) throws GeneralSecurityException, JOSEException {
		RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
			.generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
		RSAKey key = new RSAKey.Builder(publicKey).privateKey(privateKey).build();
		return new RSAKey.Builder(key).keyID(key.computeThumbprint().toString()).build();
	}

}
