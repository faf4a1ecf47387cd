package nl.koers.system.web;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import io.swagger.v3.oas.models.media.StringSchema;
import nl.koers.system.DutchTime;
import org.springdoc.core.utils.SpringDocUtils;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every {@link LocalDateTime} of the JSON API is a wall-clock time in the Netherlands
 * ({@link DutchTime}): it is written with the offset of Europe/Amsterdam at that moment
 * ({@code 2026-12-11T10:00:00+01:00}), read with any offset (converted to Dutch time) or
 * without one (Dutch time), and documented so in the OpenAPI document. Registered once,
 * for every payload.
 */
@Configuration(proxyBeanMethods = false)
class DutchTimeJson {

	static final String DESCRIPTION = "Dutch time (Europe/Amsterdam): an ISO-8601 date and time, answered with the "
			+ "offset of Europe/Amsterdam at that moment (+01:00 in winter, +02:00 in summer). Sent with an offset "
			+ "(or Z) it is converted to Dutch time; sent without one it is read as Dutch time. A local time that "
			+ "does not exist in the Netherlands, or the second pass through the hour repeated in autumn, is refused.";

	static final String EXAMPLE = "2026-12-11T10:00:00+01:00";

	static {
		SpringDocUtils.getConfig()
			.replaceWithSchema(LocalDateTime.class,
					new StringSchema().format("date-time").description(DESCRIPTION).example(EXAMPLE));
	}

	@Bean
	JsonMapperBuilderCustomizer dutchWallClockTimes() {
		SimpleModule module = new SimpleModule("DutchTime");
		module.addSerializer(LocalDateTime.class, new Writer());
		module.addDeserializer(LocalDateTime.class, new Reader());
		return builder -> builder.addModule(module);
	}

	static final class Writer extends ValueSerializer<LocalDateTime> {

		@Override
		public void serialize(LocalDateTime value, JsonGenerator generator, SerializationContext context) {
			generator.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(DutchTime.withOffset(value)));
		}

	}

	static final class Reader extends ValueDeserializer<LocalDateTime> {

		@Override
		public LocalDateTime deserialize(JsonParser parser, DeserializationContext context) {
			if (!parser.hasToken(JsonToken.VALUE_STRING)) {
				return (LocalDateTime) context.handleUnexpectedToken(LocalDateTime.class, parser);
			}
			String text = parser.getString();
			try {
				return DutchTime.parse(text);
			}
			catch (DateTimeException ex) {
				throw context.weirdStringException(text, LocalDateTime.class, ex.getMessage());
			}
		}

	}

}
