package nl.koers.document;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code koers.documents.*}: the largest document a client file takes.
 */
@ConfigurationProperties("koers.documents")
record DocumentSettings(DataSize maxSize) {

	DocumentSettings {
		if (maxSize == null) {
			maxSize = DataSize.ofMegabytes(10);
		}
	}

}
