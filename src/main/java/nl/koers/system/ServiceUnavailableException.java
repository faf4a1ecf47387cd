package nl.koers.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A safeguard that must hold before data leaves Koers, such as writing the access log,
 * could not be met. Answers 503 and returns no data.
 */
@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
public class ServiceUnavailableException extends RuntimeException {

	private final String messageKey;

	public ServiceUnavailableException(String messageKey, Throwable cause) {
		super(messageKey, cause);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
