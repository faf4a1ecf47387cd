package nl.koers.system.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.Set;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.PropertyCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ReflectionUtils;

/**
 * The OpenAPI 3.1 document says which fields may be null: Koers writes absent values as
 * {@code null}, so a property is documented as its type or null unless it can never be
 * null (a Java primitive, or a field that validation requires). Enumerations and
 * references to other schemas are left as they are (a null there would need a union that
 * generated clients read poorly).
 */
@Configuration(proxyBeanMethods = false)
class ApiNullability {

	private static final Set<String> REQUIRED = Set.of("NotNull", "NotBlank", "NotEmpty");

	@Bean
	PropertyCustomizer nullableUnlessNeverNull() {
		return (property, type) -> {
			if (property != null && mayBeNull(type) && property.get$ref() == null && property.getEnum() == null
					&& property.getTypes() != null && !property.getTypes().isEmpty()) {
				property.addType("null");
			}
			return property;
		};
	}

	private static boolean mayBeNull(AnnotatedType type) {
		return !primitive(type.getType()) && !required(type.getCtxAnnotations());
	}

	/**
	 * A class, or the model resolver's own type description (which has
	 * {@code isPrimitive}).
	 */
	private static boolean primitive(Type type) {
		if (type instanceof Class<?> clazz) {
			return clazz.isPrimitive();
		}
		Method isPrimitive = type == null ? null : ReflectionUtils.findMethod(type.getClass(), "isPrimitive");
		return isPrimitive != null && Boolean.TRUE.equals(ReflectionUtils.invokeMethod(isPrimitive, type));
	}

	private static boolean required(Annotation[] annotations) {
		if (annotations == null) {
			return false;
		}
		for (Annotation annotation : annotations) {
			if (REQUIRED.contains(annotation.annotationType().getSimpleName())) {
				return true;
			}
		}
		return false;
	}

}
