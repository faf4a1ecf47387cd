package nl.koers.identity;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.security.oauth2.client.endpoint.NimbusJwtClientAuthenticationParametersConverter.JwtClientAuthenticationContext;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.stereotype.Component;

/**
 * The key and certificate with which a registration that authenticates with
 * {@code private_key_jwt} signs its client assertion: the SSL bundle named in
 * {@code koers.sso.<registration id>.client-key}. The assertion's header names the
 * certificate by its thumbprints ({@code x5t}, {@code x5t#S256}), as Entra ID asks.
 */
@Component
class SsoClientKeys implements Function<ClientRegistration, JWK> {

	private final SsoProperties settings;

	private final ObjectProvider<SslBundles> bundles;

	private final Map<String, RSAKey> keys = new ConcurrentHashMap<>();

	SsoClientKeys(SsoProperties settings, ObjectProvider<SslBundles> bundles) {
		this.settings = settings;
		this.bundles = bundles;
	}

	@Override
	public JWK apply(ClientRegistration registration) {
		return this.keys.computeIfAbsent(registration.getRegistrationId(), this::load);
	}

	/**
	 * Names the certificate in the client assertion's header.
	 */
	void nameCertificate(JwtClientAuthenticationContext<?> context) {
		RSAKey key = this.keys.get(context.getAuthorizationGrantRequest().getClientRegistration().getRegistrationId());
		X509Certificate certificate = key.getParsedX509CertChain().get(0);
		context.getHeaders()
			.x509SHA1Thumbprint(thumbprint("SHA-1", certificate))
			.x509SHA256Thumbprint(thumbprint("SHA-256", certificate));
	}

	private RSAKey load(String registrationId) {
		String bundleName = this.settings.registration(registrationId).clientKey();
		if (bundleName == null) {
			throw new IllegalStateException(
					"registration " + registrationId + " uses private_key_jwt without koers.sso.*.client-key");
		}
		SslBundle bundle = this.bundles.getObject().getBundle(bundleName);
		try {
			KeyStore store = bundle.getStores().getKeyStore();
			String alias = bundle.getKey().getAlias() != null ? bundle.getKey().getAlias()
					: store.aliases().nextElement();
			String password = bundle.getKey().getPassword() != null ? bundle.getKey().getPassword()
					: bundle.getStores().getKeyStorePassword();
			RSAKey key = RSAKey.load(store, alias, password == null ? new char[0] : password.toCharArray());
			return new RSAKey.Builder(key).keyIDFromThumbprint().build();
		}
		catch (GeneralSecurityException | JOSEException ex) {
			throw new IllegalStateException("SSL bundle " + bundleName + " has no usable RSA key and certificate", ex);
		}
	}

	private static String thumbprint(String algorithm, X509Certificate certificate) {
		try {
			return Base64URL.encode(MessageDigest.getInstance(algorithm).digest(certificate.getEncoded())).toString();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot take the certificate's " + algorithm + " thumbprint", ex);
		}
	}

}
