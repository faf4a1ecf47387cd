package nl.koers.system.web;

import java.beans.PropertyEditorSupport;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Text PostgreSQL cannot store (a NUL character) is bad input, refused where it comes in:
 * a JSON field, a form field or a query parameter answers 400 naming the field, instead
 * of failing in the database later (which answered 409, on a GET too).
 */
@ControllerAdvice
class StorableText {

	static boolean storable(String text) {
		return text == null || text.indexOf('\0') < 0;
	}

	@Bean
	JsonMapperBuilderCustomizer storableJsonText() {
		SimpleModule module = new SimpleModule("StorableText");
		module.addDeserializer(String.class, new JsonText());
		return builder -> builder.addModule(module);
	}

	@InitBinder
	void storableFormText(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new FormText());
	}

	static final class JsonText extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String text = super.deserialize(parser, context);
			if (!storable(text)) {
				throw context.weirdStringException(text, String.class, "contains a NUL character");
			}
			return text;
		}

	}

	static final class FormText extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			if (!storable(text)) {
				throw new IllegalArgumentException("contains a NUL character");
			}
			setValue(text);
		}

		@Override
		public String getAsText() {
			return getValue() == null ? "" : (String) getValue();
		}

	}

}
