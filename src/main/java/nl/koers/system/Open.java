package nl.koers.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public service method that asks no policy, with the reason why (for example:
 * called by other modules inside their own checked step, and takes no user). Every other
 * public service method asks its module's policy; {@code PolicyCoverageTests} checks
 * both.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Open {

	/**
	 * Why this method needs no policy.
	 */
	String value();

}
