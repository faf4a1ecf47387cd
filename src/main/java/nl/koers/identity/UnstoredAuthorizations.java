package nl.koers.identity;

import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * Issued tokens are not kept: a client-credentials token is a self-contained JWT that
 * every node checks with the signing key alone, and a system is stopped by revoking it,
 * not its tokens one by one. (The default, an in-memory store, would grow with every
 * token and differ from node to node.)
 */
class UnstoredAuthorizations implements OAuth2AuthorizationService {

	@Override
	public void save(OAuth2Authorization authorization) {
		// nothing to keep: see the class comment
	}

	@Override
	public void remove(OAuth2Authorization authorization) {
		// nothing was kept
	}

	@Override
	public OAuth2Authorization findById(String id) {
		return null;
	}

	@Override
	public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
		return null;
	}

}
