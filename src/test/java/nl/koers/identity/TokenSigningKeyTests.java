package nl.koers.identity;

import java.security.KeyPairGenerator;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import nl.koers.KoersTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every node signs with the same key: the one in the database, made once however many
 * nodes start at the same time, unless one is configured.
 */
@KoersTest
class TokenSigningKeyTests {

	@Autowired
	TokenSigningKey key;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void nodesStartingTogetherShareTheStoredKey() {
		List<CompletableFuture<TokenSigningKey>> nodes = IntStream.range(0, 4)
			.mapToObj(n -> CompletableFuture.supplyAsync(() -> new TokenSigningKey(this.jdbc, this.clock, "")))
			.toList();
		for (CompletableFuture<TokenSigningKey> node : nodes) {
			assertThat(node.join().jwk().getKeyID()).isEqualTo(this.key.jwk().getKeyID());
		}
		assertThat(this.jdbc.sql("select count(*) from token_signing_key").query(Integer.class).single()).isOne();
	}

	@Test
	void aConfiguredKeyWinsOverTheStoredOne() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		var pair = generator.generateKeyPair();
		String pem = "-----BEGIN PRIVATE KEY-----\n"
				+ Base64.getMimeEncoder().encodeToString(pair.getPrivate().getEncoded())
				+ "\n-----END PRIVATE KEY-----\n";
		TokenSigningKey configured = new TokenSigningKey(this.jdbc, this.clock, pem);
		assertThat(configured.jwk().toRSAPublicKey()).isEqualTo(pair.getPublic());
		assertThat(configured.jwk().getKeyID()).isNotEqualTo(this.key.jwk().getKeyID());
	}

}
